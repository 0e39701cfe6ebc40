/**
 * The programs folder: where program ids are looked up, and how a file's id is
 * found without parsing it (its `id:` line). Kept light, with no schema and no
 * YAML parser, because shell completion runs it on every Tab press.
 */
import { open, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { SLUG_PATTERN } from "../core/program/slug.js";
import { discoverProgramFiles } from "./discover.js";

/** Where program ids are looked up, relative to the working folder. */
export const PROGRAMS_DIR = "programs";

/** The top-level `id:` line of a program file, quoted or not, with an optional comment. */
const ID_LINE = new RegExp(`^id:[ \\t]*["']?(${SLUG_PATTERN})["']?[ \\t]*(?:#.*)?$`, "m");
/** The `id:` line is near the top; a huge file is not read to its end. */
const HEAD_BYTES = 64 * 1024;

/** The id a program text declares on its `id:` line, if it has one. */
export const declaredId = (text: string): string | undefined => ID_LINE.exec(text)?.[1];

/** The programs folder of a working folder, as an absolute path. */
export const programsFolder = (cwd: string): string => resolve(cwd, PROGRAMS_DIR);

const isFolder = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => undefined))?.isDirectory() === true;

/**
 * The program files that may hold `id`, in the order to try them: the file
 * named after the id first, then every other. Undefined when there is no
 * programs folder.
 */
export const lookupCandidates = async (cwd: string, id: string): Promise<string[] | undefined> => {
  const folder = programsFolder(cwd);
  if (!(await isFolder(folder))) return undefined;
  const files = await discoverProgramFiles(cwd, [folder]).catch(() => []);
  const byName = files.filter((f) => /[\\/]([^\\/]+)\.ya?ml$/i.exec(f)?.[1] === id);
  return [...byName, ...files.filter((f) => !byName.includes(f))];
};

export interface ProgramId {
  file: string;
  id: string;
}

const headOf = async (file: string): Promise<string> => {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
};

const filesIn = async (folder: string, recursive: boolean): Promise<string[]> => {
  if (recursive) return discoverProgramFiles(folder, ["."]).catch(() => []);
  const names = await readdir(folder).catch(() => []);
  return names
    .filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith("."))
    .sort()
    .map((n) => join(folder, n));
};

/**
 * The declared id of every *.yaml / *.yml file in `folder`, read from the head
 * of each file without parsing or validating it (unreadable files are skipped).
 */
export const programIds = async (folder: string, recursive = true): Promise<ProgramId[]> => {
  const found: ProgramId[] = [];
  for (const file of await filesIn(folder, recursive)) {
    const id = declaredId(await headOf(file).catch(() => ""));
    if (id) found.push({ file, id });
  }
  return found;
};
