/**
 * Reading inputs with messages a user can act on: a missing file, a folder
 * given as a file, no permission, a binary or oversized file. Every failure is
 * a CohortError with exit code 2.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { inputError } from "../errors.js";
import { systemErrorText } from "./system-error.js";

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
    case "ELOOP":
      return `cannot read ${file}: too many symbolic links on the way (a link that leads back to itself?)`;
    default:
      return `cannot read ${file}: ${systemErrorText(error)}`;
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

/**
 * UTF-16 as editors on Windows save it: with a byte-order mark, or without
 * one but with every other byte NUL (ASCII text); null when it is not that.
 */
const utf16Of = (bytes: Buffer): "utf-16le" | "utf-16be" | null => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = bytes.length / 2;
  if (odd > half * 0.9 && even === 0) return "utf-16le";
  if (even > half * 0.9 && odd === 0) return "utf-16be";
  return null;
};

/** Decodes text that must be UTF-8 (or is UTF-16, which is read too), saying where it is not. */
export const decodeUtf8Text = (bytes: Buffer, display: string): string => {
  const utf16 = utf16Of(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      if (!text.includes("\0")) return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      throw inputError(
        `${display} looks like UTF-16 text but is not valid UTF-16; save it as UTF-8`,
      );
    }
  }
  if (bytes.includes(0)) throw inputError(`${display} is not a text file (it holds NUL bytes)`);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw inputError(`${display} is not valid UTF-8; save it as UTF-8`);
  }
};
