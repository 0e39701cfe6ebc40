/**
 * Writing a folder of files as one step: every file goes into a temporary
 * folder beside the target, which is renamed into place only when all were
 * written. A failure (a full disk, an interrupted run, a bad input found
 * half-way) leaves the target as it was and removes the temporary folder.
 *
 * An existing target is refused unless it is empty, or `force` is given; it is
 * then replaced whole, never merged. A target that holds an input of the
 * command, or the working folder, is never replaced.
 */
import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { InputProblem } from "../core/input-problems.js";
import { inputError, usageError } from "../errors.js";
import { systemFault } from "./system-error.js";

export interface FolderWriter {
  /** Writes one file of the folder; names are plain file names, no folders. */
  write(name: string, bytes: Uint8Array): Promise<void>;
}

const canonical = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

const inside = (path: string, folder: string): boolean => {
  const r = relative(folder, path);
  return r === "" || (!r.startsWith("..") && !r.startsWith(sep) && r !== "..");
};

/** Checks the target before any work is done; see writeFolder for the rules. */
export const assertCanWriteFolder = async (
  target: string,
  display: string,
  options: { force: boolean; inputs: readonly string[]; cwd: string },
): Promise<void> => {
  if (display.trim() === "") throw usageError("the output folder name is empty");
  const parent = dirname(target);
  const parentInfo = await stat(parent).catch(() => undefined);
  if (!parentInfo?.isDirectory())
    throw usageError(
      `cannot write ${display}: the folder ${dirname(display) || "."} does not exist`,
    );
  const info = await stat(target).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory())
    throw usageError(`cannot write the letters to ${display}: it exists and is not a folder`);
  const real = canonical(target);
  if (inside(canonical(options.cwd), real))
    throw usageError(`refusing to replace ${display}: it holds the working folder`);
  for (const input of options.inputs) {
    if (inside(canonical(input), real))
      throw usageError(`refusing to replace ${display}: it holds an input of this command`);
  }
  const entries = await readdir(target);
  if (entries.length > 0 && !options.force)
    throw usageError(
      `${display} exists and is not empty; give --force to replace it, or another folder`,
    );
};

/** Writes every byte of one file; a short write is not a silent loss. */
const writeFile = async (path: string, bytes: Uint8Array): Promise<void> => {
  const handle = await open(path, "wx", 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
      if (bytesWritten <= 0) throw new Error("no bytes could be written");
      offset += bytesWritten;
    }
  } finally {
    await handle.close();
  }
};

const describe = (error: unknown, display: string): InputProblem => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return { code: "write-no-permission", file: display };
  if (code === "ENOSPC") return { code: "write-disk-full", file: display };
  return { code: "write-failed", file: display, fault: systemFault(error) };
};

export const writeFolder = async (
  target: string,
  display: string,
  options: { force: boolean; inputs: readonly string[]; cwd: string },
  fill: (writer: FolderWriter) => Promise<void>,
): Promise<void> => {
  await assertCanWriteFolder(target, display, options);
  const stem = basename(target).slice(0, 64);
  const temporary = join(dirname(target), `.${stem}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await mkdir(temporary, { mode: 0o755 });
  } catch (error) {
    throw inputError(describe(error, display), undefined, { cause: error });
  }
  let done = false;
  try {
    await fill({
      async write(name, bytes) {
        if (name === "" || name.includes("/") || name.includes("\\") || name.startsWith("."))
          throw new Error(`not a plain file name: ${name}`);
        await writeFile(join(temporary, name), bytes).catch((error) => {
          throw inputError(describe(error, display), undefined, { cause: error });
        });
      },
    });
    // Checked again: the target may have appeared while the letters were written.
    await assertCanWriteFolder(target, display, options);
    const existing = await stat(target).catch(() => undefined);
    if (existing) {
      const old = join(dirname(target), `.${stem}.${randomBytes(6).toString("hex")}.old`);
      await rename(target, old);
      try {
        await rename(temporary, target);
      } catch (error) {
        await rename(old, target).catch(() => {});
        throw error;
      }
      done = true;
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temporary, target);
      done = true;
    }
  } catch (error) {
    if ((error as { kind?: string }).kind) throw error;
    throw inputError(describe(error, display), undefined, { cause: error });
  } finally {
    if (!done) await rm(temporary, { recursive: true, force: true }).catch(() => {});
  }
};
