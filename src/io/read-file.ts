/**
 * Reading inputs with messages a user can act on: a missing file, a folder
 * given as a file, no permission, a binary or oversized file. Every failure is
 * a CohortError with exit code 2.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import type { InputProblem } from "../core/input-problems.js";
import { inputError } from "../errors.js";
import { systemFault } from "./system-error.js";

/** Why a file could not be read, by the error a system call gave. */
export const fsProblem = (error: unknown, file: string): InputProblem => {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return { code: "file-missing", file };
    case "EISDIR":
      return { code: "file-is-folder", file };
    case "EACCES":
    case "EPERM":
      return { code: "file-no-permission", file };
    case "ENOTDIR":
      return { code: "file-path-not-folder", file };
    case "ELOOP":
      return { code: "file-link-loop", file };
    default:
      return { code: "file-unreadable", file, fault: systemFault(error) };
  }
};

/**
 * Reads a whole file as bytes, refusing folders and files larger than `maxBytes`.
 * A regular file is read with the synchronous calls: the caller waits for the
 * whole file anyway, and `cohort validate`'s start-up then never loads node's
 * fs/promises (and the stream and readline modules it pulls in), which
 * bin/cohort.js hands validate's script as a stand-in (docs/performance.md).
 */
export const readBytes = async (
  file: string,
  display: string,
  maxBytes: number,
): Promise<Buffer> => {
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw inputError({ code: "file-is-folder", file: display });
    if (info.isFile() && info.size > maxBytes) {
      throw inputError({
        code: "file-too-large",
        file: display,
        size: info.size,
        limit: maxBytes,
      });
    }
    // A pipe or device has no size to check up front: count while reading.
    if (!info.isFile()) return await readStream(createReadStream(file), display, maxBytes);
    return readFileSync(file);
  } catch (error) {
    if ((error as { kind?: string }).kind) throw error;
    throw inputError(fsProblem(error, display), undefined, { cause: error });
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
      throw inputError({ code: "file-too-large", file: display, limit: maxBytes });
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
      throw inputError({ code: "text-utf16-invalid", file: display });
    }
  }
  if (bytes.includes(0)) throw inputError({ code: "text-nul", file: display });
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw inputError({ code: "text-not-utf8", file: display });
  }
};
