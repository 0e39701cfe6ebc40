/**
 * Expands the paths given on the command line into program files: files as
 * they are, folders searched recursively for *.yaml and *.yml, in a stable
 * (sorted) order so output does not depend on the file system.
 */
// The synchronous calls: validate's start-up then never loads node's
// fs/promises (read-file.ts, docs/performance.md).
import { readdirSync, type Stats, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { inputError } from "../errors.js";
import { fsProblem } from "./read-file.js";

const PROGRAM_FILE = /\.ya?ml$/i;

export const displayPath = (cwd: string, file: string): string => {
  const rel = relative(cwd, file) || file;
  return (rel.startsWith("..") ? file : rel).split(sep).join("/");
};

const walk = (folder: string): string[] => {
  const entries = readdirSync(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (PROGRAM_FILE.test(entry.name)) files.push(path);
  }
  return files;
};

/** Absolute paths of the program files under `paths`; a path that matches no file is an error (exit 2). */
export const discoverProgramFiles = async (
  cwd: string,
  paths: readonly string[],
): Promise<string[]> => {
  const found: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let info: Stats;
    try {
      info = statSync(absolute);
    } catch (error) {
      throw inputError(fsProblem(error, path));
    }
    if (info.isDirectory()) {
      const files = walk(absolute);
      if (files.length === 0) throw inputError({ code: "no-program-files", folder: path });
      found.push(...files);
    } else {
      found.push(absolute);
    }
  }
  return [...new Set(found)];
};
