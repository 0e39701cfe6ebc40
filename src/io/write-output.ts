/**
 * Output to a file is written to a temporary file beside it and renamed into
 * place, so a failure (a full disk, an interrupted run) never leaves a
 * half-written or emptied target. Inputs are never overwritten.
 *
 * - A target that is not a regular file (a pipe, a device), or a path whose
 *   symbolic links pass through /dev or /proc (`/dev/stdout`, `/dev/stdin`,
 *   `/dev/fd/3`), is written through directly: renaming a file over it would
 *   replace the device, the pipe or the link with a plain file.
 * - A symbolic link to a file stays a link: the file it points to is replaced.
 * - The new file keeps the mode of the file it replaces (a 0600 list of
 *   applicants stays 0600).
 * - While it is written, a lock file `.NAME.cohort-lock` beside the target
 *   (holding the process id) keeps a second cohort run from writing the same
 *   file: that run refuses, exit 2. A lock whose process is gone is taken over.
 * - The temporary file and the lock are removed when the run ends in any way:
 *   an error, `exit`, SIGINT, SIGTERM or SIGHUP.
 * - Several outputs of one run (`-o` and `--audit`) are committed together
 *   (`commitTogether`): all are written and flushed before the first is
 *   renamed into place, and a failure in between puts back what was there.
 */
import { randomBytes } from "node:crypto";
import { fstatSync, lstatSync, readlinkSync, realpathSync, rmSync, statSync } from "node:fs";
import { copyFile, link, open, readFile, rename, rm, stat } from "node:fs/promises";
import { Socket } from "node:net";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { inputError, usageError } from "../errors.js";
import { systemFault } from "./system-error.js";

/** The file a path stands for, through symbolic links, even one to a file not yet there. */
const canonical = (path: string): string => {
  try {
    return realpathSync(path);
  } catch {
    // Not there (yet): follow the links by hand, then resolve the folder.
  }
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(current).isSymbolicLink()) break;
      const next = readlinkSync(current);
      current = isAbsolute(next) ? next : resolve(dirname(current), next);
    } catch {
      break;
    }
  }
  try {
    return join(realpathSync(dirname(current)), basename(current));
  } catch {
    return current;
  }
};

/** Refuses two outputs of one run at the same file (`-o X --audit X`): one would be lost. */
export const assertDistinctOutputs = (
  outputs: readonly { path: string; display: string; what: string }[],
): void => {
  const seen = new Map<string, string>();
  for (const output of outputs) {
    const target = canonical(output.path);
    const other = seen.get(target);
    if (other !== undefined)
      throw usageError(
        `refusing to write ${output.what} to ${output.display}: it is also where ${other} goes`,
      );
    seen.set(target, output.what);
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

/**
 * Files to remove if the process ends before they are renamed or released:
 * temporary outputs and lock files. The handlers are installed only while
 * there is something to remove, so cohort otherwise dies of a signal as any
 * program does.
 */
const leftovers = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const removeLeftovers = (): void => {
  for (const path of leftovers) rmSync(path, { force: true });
  leftovers.clear();
};

const onSignal = (signal: NodeJS.Signals): void => {
  removeLeftovers();
  uninstall();
  // Die of the same signal, so a shell and a parent see what happened (130 for Ctrl-C).
  process.kill(process.pid, signal);
};

const install = (): void => {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", removeLeftovers);
};

const uninstall = (): void => {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", removeLeftovers);
};

const track = (path: string): void => {
  if (leftovers.size === 0) install();
  leftovers.add(path);
};

const untrack = (path: string): void => {
  leftovers.delete(path);
  if (leftovers.size === 0) uninstall();
};

export interface AtomicWriter {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Flushes and renames the temporary file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target stays as it was. */
  abort(): Promise<void>;
  /** Commit in steps, for `commitTogether`: flush to disk, nothing visible yet. */
  prepare(): Promise<void>;
  /** Renames into place; with `undoable`, a copy of the old target is kept for `undo`. */
  publish(undoable: boolean): Promise<void>;
  /** Puts back what `publish` replaced. */
  undo(): Promise<void>;
  /** Drops the copy and the lock. */
  finish(): Promise<void>;
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
    inputError({ code: "write-failed", file: display, fault: systemFault(error) }, undefined, {
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
  const commit = () =>
    close().catch((error) => {
      throw fail(error);
    });
  return {
    async write(chunk) {
      await writeAll(handle, chunk).catch((error) => {
        throw fail(error);
      });
    },
    commit,
    abort: () => close().catch(() => {}),
    prepare: commit,
    publish: async () => {},
    undo: async () => {},
    finish: async () => {},
  };
};

/**
 * Writes to a descriptor cohort already has: `/dev/stdout` is file
 * descriptor 1, whatever it is (a pipe, a file opened for appending, or a
 * socket, which cannot be opened again by name).
 */
const openStream = (stream: NodeJS.WritableStream, display: string, end: boolean): AtomicWriter => {
  const fail = (error: unknown) =>
    inputError({ code: "write-failed", file: display, fault: systemFault(error) }, undefined, {
      cause: error,
    });
  const commit = async () => {
    if (end) await new Promise<void>((done) => stream.end(() => done()));
  };
  return {
    write: (chunk) =>
      new Promise<void>((done, reject) => {
        stream.write(chunk, (error) => (error ? reject(fail(error)) : done()));
      }),
    commit,
    abort: async () => {},
    prepare: commit,
    publish: async () => {},
    undo: async () => {},
    finish: async () => {},
  };
};

/** Where a write really goes, after following symbolic links. */
type Target =
  | { kind: "direct" }
  | { kind: "descriptor"; fd: number }
  | { kind: "file"; path: string; mode: number; uid: number; gid: number }
  | { kind: "new"; path: string };

const SYSTEM = /^\/(dev|proc)\//;
const DESCRIPTOR = new RegExp(`^/(?:proc/(?:self|${process.pid})/fd|dev/fd)/(\\d+)$`);
const MAX_LINKS = 40;

const targetOf = (path: string, display: string): Target => {
  let followed: ReturnType<typeof statSync> | undefined;
  try {
    followed = statSync(path);
  } catch {
    followed = undefined;
  }
  if (followed?.isDirectory()) throw inputError({ code: "write-is-folder", file: display });
  // Follow the links one by one: through /dev or /proc (`/dev/stdout` while
  // stdout is a file) the name stands for an open file, not for a place.
  let current = path;
  let system = SYSTEM.test(current);
  for (let hops = 0; ; hops++) {
    const fd = DESCRIPTOR.exec(current)?.[1];
    if (fd !== undefined) return { kind: "descriptor", fd: Number(fd) };
    let info: ReturnType<typeof lstatSync> | undefined;
    try {
      info = lstatSync(current);
    } catch {
      info = undefined;
    }
    if (!info?.isSymbolicLink()) break;
    if (hops >= MAX_LINKS) throw inputError({ code: "write-link-loop", file: display });
    const next = readlinkSync(current);
    current = isAbsolute(next) ? next : resolve(dirname(current), next);
    system ||= SYSTEM.test(current);
  }
  if (system || (followed && !followed.isFile())) return { kind: "direct" };
  if (followed)
    return {
      kind: "file",
      path: current,
      mode: followed.mode & 0o7777,
      uid: followed.uid,
      gid: followed.gid,
    };
  return { kind: "new", path: current };
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Takes the lock beside `path`, or refuses when another live run holds it. */
const lock = async (path: string, display: string): Promise<string> => {
  const file = join(dirname(path), `.${basename(path).slice(0, 64)}.cohort-lock`);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, "wx", 0o644);
      track(file);
      try {
        await handle.write(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10);
    if (attempt === 0 && Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
      await rm(file, { force: true });
      continue;
    }
    throw inputError({
      code: "write-locked",
      file: display,
      ...(Number.isInteger(holder) && holder > 0 ? { process: holder } : {}),
      lock: join(dirname(display), basename(file)),
    });
  }
};

const isSocket = (fd: number): boolean => {
  try {
    return fstatSync(fd).isSocket();
  } catch {
    return false;
  }
};

const openFailure = (error: unknown, display: string): Error => {
  const code = (error as NodeJS.ErrnoException).code;
  const folder = dirname(display) || ".";
  return inputError(
    code === "ENOENT"
      ? { code: "write-no-folder", file: display, folder }
      : code === "ENOTDIR"
        ? { code: "write-path-not-folder", file: display, folder }
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? { code: "write-no-permission", file: display, folder }
          : code === "ENAMETOOLONG"
            ? { code: "write-name-too-long", file: display }
            : { code: "write-failed", file: display, fault: systemFault(error) },
    undefined,
    { cause: error },
  );
};

export const openAtomic = async (path: string, display: string): Promise<AtomicWriter> => {
  if (display.trim() === "")
    throw usageError("the output file name is empty; give a file name, or - for stdout");
  const target = targetOf(path, display);
  if (target.kind === "descriptor") {
    if (target.fd === 1) return openStream(process.stdout, display, false);
    if (target.fd === 2) return openStream(process.stderr, display, false);
    // Other descriptors may be Node's own (its internal pipes): writing into
    // one kills the process.
    if (target.fd > 2)
      throw usageError(
        `cannot write ${display}: of the open file descriptors, cohort writes only to 0, 1 and 2 (/dev/stdin, /dev/stdout, /dev/stderr); give a file name`,
      );
    if (target.fd === 0 && isSocket(0))
      return openStream(new Socket({ fd: 0, readable: false, writable: true }), display, true);
  }
  if (target.kind !== "file" && target.kind !== "new") return openDirect(path, display);
  const final = target.path;
  // Cut long names, so that the temporary name stays within the 255 bytes a name may have.
  const stem = basename(final).slice(0, 64);
  const temporary = join(dirname(final), `.${stem}.${randomBytes(6).toString("hex")}.tmp`);
  const backup = `${temporary}.old`;
  let lockFile: string;
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    lockFile = await lock(final, display);
  } catch (error) {
    if ((error as { kind?: string }).kind !== undefined) throw error;
    throw openFailure(error, display);
  }
  try {
    track(temporary);
    handle = await open(temporary, "wx", 0o644);
    if (target.kind === "file") {
      // The replacement is the same file to its readers: same mode, same owner.
      await handle.chmod(target.mode);
      if (process.getuid?.() === 0) await handle.chown(target.uid, target.gid).catch(() => {});
    }
  } catch (error) {
    await rm(temporary, { force: true });
    untrack(temporary);
    await rm(lockFile, { force: true });
    untrack(lockFile);
    throw openFailure(error, display);
  }
  let closed = false;
  let published: "no" | "over" | "new" = "no";
  const close = async () => {
    if (!closed) {
      closed = true;
      await handle.close();
    }
  };
  const release = async () => {
    await rm(lockFile, { force: true });
    untrack(lockFile);
  };
  const abort = async () => {
    await close().catch(() => {});
    await rm(temporary, { force: true });
    untrack(temporary);
    await rm(backup, { force: true });
    untrack(backup);
    await release();
  };
  /** Any failure removes the temporary file, so the target stays as it was. */
  const failed = async (error: unknown): Promise<never> => {
    await abort();
    throw inputError(
      { code: "write-failed", file: display, fault: systemFault(error), kept: true },
      undefined,
      { cause: error },
    );
  };
  const prepare = async () => {
    try {
      await handle.sync();
      await close();
    } catch (error) {
      await failed(error);
    }
  };
  const publish = async (undoable: boolean) => {
    try {
      const existed = await stat(final).then(
        (s) => s.isFile(),
        () => false,
      );
      if (undoable && existed) {
        track(backup);
        await link(final, backup).catch(() => copyFile(final, backup));
      }
      await rename(temporary, final);
      untrack(temporary);
      published = existed ? "over" : "new";
    } catch (error) {
      await failed(error);
    }
  };
  const finish = async () => {
    await rm(backup, { force: true });
    untrack(backup);
    await release();
  };
  return {
    async write(chunk) {
      await writeAll(handle, chunk).catch(failed);
    },
    async commit() {
      await prepare();
      await publish(false);
      await finish();
    },
    abort,
    prepare,
    publish,
    async undo() {
      if (published === "over") await rename(backup, final).catch(() => {});
      else if (published === "new") await rm(final, { force: true });
      untrack(backup);
      published = "no";
    },
    finish,
  };
};

/**
 * Commits outputs of one run together or not at all: each is flushed to
 * disk first (a full disk shows here, before anything is replaced), then
 * each is renamed into place; a failure while renaming puts back those
 * already renamed. Outputs written directly (a pipe) cannot be taken back.
 */
export const commitTogether = async (writers: readonly AtomicWriter[]): Promise<void> => {
  const abortAll = () => Promise.all(writers.map((w) => w.abort()));
  try {
    for (const writer of writers) await writer.prepare();
  } catch (error) {
    await abortAll();
    throw error;
  }
  const done: AtomicWriter[] = [];
  try {
    for (const writer of writers) {
      await writer.publish(writers.length > 1);
      done.push(writer);
    }
  } catch (error) {
    for (const writer of done.reverse()) await writer.undo();
    await abortAll();
    throw error;
  }
  for (const writer of writers) await writer.finish();
};
