/**
 * Reading inputs with messages a user can act on: a missing file, a folder
 * given as a file, no permission, a binary or oversized file. Every failure is
 * a CohortError with exit code 2.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { inputError } from "../errors.js";

export const describeFsError = (error: unknown, file: string): string => {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return `no such file: ${file}`;
    case "EISDIR":
      return `${file} is a folder, not a file`;
    case "EACCES":
    case "EPERM":
      return `no permission to read ${file}`;
    case "ENOTDIR":
      return `${file}: a part of the path is not a folder`;
    default:
      return `cannot read ${file}: ${(error as Error).message}`;
  }
};

/** A size limit as people read it: 16 MiB, 20 MB. */
const limit = (bytes: number): string =>
  bytes % 2 ** 20 === 0 ? `${bytes / 2 ** 20} MiB` : `${Math.round(bytes / 1e5) / 10} MB`;

/** A file size in the unit of its limit. */
const size = (bytes: number, max: number): string =>
  max % 2 ** 20 === 0 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${(bytes / 1e6).toFixed(1)} MB`;

/** Reads a whole file as bytes, refusing folders and files larger than `maxBytes`. */
export const readBytes = async (
  file: string,
  display: string,
  maxBytes: number,
): Promise<Buffer> => {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw inputError(`${display} is a folder, not a file`);
    if (info.isFile() && info.size > maxBytes) {
      throw inputError(
        `${display} is ${size(info.size, maxBytes)}, more than the ${limit(maxBytes)} a file of this kind may have; is it the right file?`,
      );
    }
    // A pipe or device has no size to check up front: count while reading.
    if (!info.isFile()) return await readStream(createReadStream(file), display, maxBytes);
    return await readFile(file);
  } catch (error) {
    if ((error as { kind?: string }).kind) throw error;
    throw inputError(describeFsError(error, display), undefined, { cause: error });
  }
};

/** Reads all of stdin, with the same size limit. */
export const readStream = async (
  stream: NodeJS.ReadableStream,
  display: string,
  maxBytes: number,
): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes)
      throw inputError(
        `${display} is more than the ${limit(maxBytes)} a file of this kind may have; is it the right file?`,
      );
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
};

/** Decodes text that must be UTF-8, saying where it is not. */
export const decodeUtf8Text = (bytes: Buffer, display: string): string => {
  if (bytes.includes(0)) throw inputError(`${display} is not a text file (it holds NUL bytes)`);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw inputError(`${display} is not valid UTF-8; save it as UTF-8`);
  }
};
