/**
 * Output to a file is written to a temporary file beside it and renamed into
 * place, so a failure (a full disk, an interrupted run) never leaves a
 * half-written or emptied target. Inputs are never overwritten.
 */
import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
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
): void => {
  const target = canonical(output);
  for (const input of inputs) {
    if (input !== "-" && canonical(input) === target) {
      throw usageError(
        `refusing to write the output to ${display}: it is an input of this command`,
      );
    }
  }
};

export interface AtomicWriter {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Renames the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target stays as it was. */
  abort(): Promise<void>;
}

export const openAtomic = async (path: string, display: string): Promise<AtomicWriter> => {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temporary, "wx", 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const folder = dirname(display) || ".";
    throw inputError(
      code === "ENOENT" || code === "ENOTDIR"
        ? `cannot write ${display}: the folder ${folder} does not exist`
        : code === "EACCES" || code === "EPERM"
          ? `cannot write ${display}: no permission to write in ${folder}`
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
      await handle.write(typeof chunk === "string" ? Buffer.from(chunk) : chunk).catch(failed);
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

/** Writes a whole string atomically. */
export const writeFileAtomic = async (
  path: string,
  display: string,
  content: string | Uint8Array,
): Promise<void> => {
  const writer = await openAtomic(path, display);
  try {
    await writer.write(content);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.commit();
};
