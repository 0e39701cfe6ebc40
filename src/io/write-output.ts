/**
 * Output to a file is written to a temporary file beside it and renamed into
 * place, so a failure (a full disk, an interrupted run) never leaves a
 * half-written or emptied target. Inputs are never overwritten.
 *
 * A target that exists and is not a regular file (a pipe, /dev/stdout,
 * /dev/null) is written to directly: renaming a file over it would replace
 * the device or pipe with a plain file.
 */
import { randomBytes } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { inputError, usageError } from "../errors.js";

const canonical = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** Refuses an output path that is one of the inputs (after resolving links). */
export const assertNotAnInput = (
  output: string,
  inputs: readonly string[],
  display = output,
  what = "the output",
): void => {
  const target = canonical(output);
  for (const input of inputs) {
    if (input !== "-" && canonical(input) === target) {
      throw usageError(`refusing to write ${what} to ${display}: it is an input of this command`);
    }
  }
};

/**
 * Checks, before any work is done, that a file can be written where asked:
 * not over an input, and into a folder that exists.
 */
export const assertCanWrite = (
  output: string,
  inputs: readonly string[],
  display = output,
  what = "the output",
): void => {
  assertNotAnInput(output, inputs, display, what);
  const folder = dirname(output);
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) {
    throw usageError(
      `cannot write ${what} to ${display}: the folder ${dirname(display) || "."} does not exist`,
    );
  }
};

export interface AtomicWriter {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Renames the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target stays as it was. */
  abort(): Promise<void>;
}

/**
 * Writes every byte: one write() may take only part of a buffer (a full disk,
 * a file size limit), and the rest must not be lost without an error.
 */
const writeAll = async (
  handle: Awaited<ReturnType<typeof open>>,
  chunk: string | Uint8Array,
): Promise<void> => {
  const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten <= 0) throw new Error("no bytes could be written");
    offset += bytesWritten;
  }
};

/** Writes straight into a pipe or device; nothing to rename, nothing to remove. */
const openDirect = async (path: string, display: string): Promise<AtomicWriter> => {
  const fail = (error: unknown) =>
    inputError(`cannot write ${display}: ${(error as Error).message}`, undefined, {
      cause: error,
    });
  const handle = await open(path, "w").catch((error) => {
    throw fail(error);
  });
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  return {
    async write(chunk) {
      await writeAll(handle, chunk).catch((error) => {
        throw fail(error);
      });
    },
    async commit() {
      await close().catch((error) => {
        throw fail(error);
      });
    },
    abort: () => close().catch(() => {}),
  };
};

export const openAtomic = async (path: string, display: string): Promise<AtomicWriter> => {
  if (display.trim() === "")
    throw usageError("the output file name is empty; give a file name, or - for stdout");
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw inputError(`cannot write ${display}: it is a folder`);
  if (existing && !existing.isFile()) return openDirect(path, display);
  // Cut long names, so that the temporary name stays within the 255 bytes a name may have.
  const stem = basename(path).slice(0, 64);
  const temporary = join(dirname(path), `.${stem}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temporary, "wx", 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const folder = dirname(display) || ".";
    throw inputError(
      code === "ENOENT"
        ? `cannot write ${display}: the folder ${folder} does not exist`
        : code === "ENOTDIR"
          ? `cannot write ${display}: a part of the path ${folder} is not a folder`
          : code === "EACCES" || code === "EPERM"
            ? `cannot write ${display}: no permission to write in ${folder}`
            : code === "ENAMETOOLONG"
              ? `cannot write ${display}: the file name is too long`
              : `cannot write ${display}: ${(error as Error).message}`,
    );
  }
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  const abort = async () => {
    await close().catch(() => {});
    await rm(temporary, { force: true });
  };
  /** Any failure removes the temporary file, so the target stays as it was. */
  const failed = async (error: unknown): Promise<never> => {
    await abort();
    throw inputError(
      `cannot write ${display}: ${(error as Error).message}; the file was left as it was`,
      undefined,
      { cause: error },
    );
  };
  return {
    async write(chunk) {
      await writeAll(handle, chunk).catch(failed);
    },
    async commit() {
      try {
        await handle.sync();
        await close();
        await rename(temporary, path);
      } catch (error) {
        await failed(error);
      }
    },
    abort,
  };
};
