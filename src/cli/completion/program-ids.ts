/**
 * Program ids of the files in a folder, read from their `id:` line without
 * parsing or validating them: fast enough to run on every Tab press.
 */
import { open, readdir } from "node:fs/promises";
import { join } from "node:path";
import { discoverProgramFiles } from "../../io/discover.js";

const ID_LINE = /^id:[ \t]*["']?([a-z0-9][a-z0-9_-]*)["']?[ \t]*(?:#.*)?$/m;
/** The `id:` line is near the top; a huge file is not read to its end. */
const HEAD_BYTES = 64 * 1024;

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

/** The declared id of every *.yaml / *.yml file in `folder` (unreadable files are skipped). */
export const programIds = async (folder: string, recursive = true): Promise<ProgramId[]> => {
  const found: ProgramId[] = [];
  for (const file of await filesIn(folder, recursive)) {
    const id = ID_LINE.exec(await headOf(file).catch(() => ""))?.[1];
    if (id) found.push({ file, id });
  }
  return found;
};
