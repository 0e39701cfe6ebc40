/**
 * Loading programs for the commands that use them (schedule, list, check,
 * allocate): a PROGRAM argument may be a file, `-` (stdin), a folder (for the
 * commands that take several) or a program id found under programs/. A file
 * with validation errors stops the command (exit 2) with its first findings
 * (worded by src/format/program/invalid.ts);
 * `cohort validate` is the place to see them all.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { LocatedFinding } from "../core/findings.js";
import type { Program } from "../core/program/schema.js";
import { suggest } from "../core/program/suggest.js";
import { inputError } from "../errors.js";
import { discoverProgramFiles, displayPath } from "./discover.js";
import { sha256Bytes } from "./hash.js";
import { readProgramSource } from "./program-source.js";
import { decodeUtf8Text, readBytes, readStream } from "./read-file.js";

/** Where program ids are looked up, relative to the working folder. */
export const PROGRAMS_DIR = "programs";
const MAX_PROGRAM_BYTES = 16 * 1024 * 1024;
const ID_LINE = /^id:[ \t]*["']?([a-z0-9][a-z0-9_-]*)["']?[ \t]*(?:#.*)?$/m;
const LOOKS_LIKE_ID = /^[a-z0-9][a-z0-9_-]*$/;

export interface LoadedProgram {
  /** Path as shown to the user (relative to the working folder when inside it). */
  file: string;
  program: Program;
  /** Warnings of validation; errors never get this far. */
  warnings: LocatedFinding[];
  /** Named on the command line (file, id or stdin) rather than found in a folder. */
  named: boolean;
  /** SHA-256 of the bytes read, for audit records: the file is not read twice. */
  sha256: string;
}

/** What loading needs from a command context: the working folder and stdin. */
export interface Context {
  cwd: string;
  stdin: NodeJS.ReadableStream;
}

const parse = (file: string, bytes: Buffer, named: boolean): LoadedProgram => {
  const text = decodeUtf8Text(bytes, file);
  const source = readProgramSource(file, text);
  const errors = source.findings.filter((f) => f.severity === "error");
  if (!source.program || errors.length > 0) {
    throw inputError(`${file} is not a valid program file`, undefined, {
      invalidProgram: { file, errors },
    });
  }
  return {
    file,
    program: source.program,
    warnings: source.findings,
    named,
    sha256: sha256Bytes(bytes),
  };
};

const readFileBytes = async (
  context: Context,
  absolute: string,
): Promise<{ file: string; bytes: Buffer }> => {
  const file = displayPath(context.cwd, absolute);
  return { file, bytes: await readBytes(absolute, file, MAX_PROGRAM_BYTES) };
};

const loadFile = async (
  context: Context,
  absolute: string,
  named: boolean,
): Promise<LoadedProgram> => {
  const { file, bytes } = await readFileBytes(context, absolute);
  return parse(file, bytes, named);
};

const loadStdin = async (context: Context): Promise<LoadedProgram> => {
  const bytes = await readStream(context.stdin, "<stdin>", MAX_PROGRAM_BYTES);
  return parse("<stdin>", bytes, true);
};

const exists = async (path: string): Promise<"file" | "folder" | undefined> => {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "file";
  } catch {
    return undefined;
  }
};

/** Finds the program with this id under programs/: by file name first, then by the `id:` line. */
const loadById = async (context: Context, id: string): Promise<LoadedProgram> => {
  const folder = resolve(context.cwd, PROGRAMS_DIR);
  const notFound = (known: string[]) =>
    inputError(
      `no such file or program id: ${id} (program ids are looked up in ${PROGRAMS_DIR}/)${suggest(id, known)}`,
    );
  if ((await exists(folder)) !== "folder") throw notFound([]);
  const files = await discoverProgramFiles(context.cwd, [folder]).catch(() => []);
  const byName = files.filter((f) => /[\\/]([^\\/]+)\.ya?ml$/i.exec(f)?.[1] === id);
  const known: string[] = [];
  for (const absolute of [...byName, ...files.filter((f) => !byName.includes(f))]) {
    const { file, bytes } = await readFileBytes(context, absolute);
    const declared = ID_LINE.exec(decodeUtf8Text(bytes, file))?.[1];
    if (declared) known.push(declared);
    if (declared === id) return parse(file, bytes, true);
  }
  throw notFound(known);
};

/** One program: a file, `-` for stdin, or a program id found under programs/. */
export const loadProgram = async (context: Context, ref: string): Promise<LoadedProgram> => {
  if (ref === "-") return loadStdin(context);
  const absolute = resolve(context.cwd, ref);
  const kind = await exists(absolute);
  if (kind === "file") return loadFile(context, absolute, true);
  if (kind === "folder")
    throw inputError(`${ref} is a folder; name one program file or program id`);
  if (LOOKS_LIKE_ID.test(ref)) return loadById(context, ref);
  return loadFile(context, absolute, true);
};

/**
 * Several programs: files, folders (searched for *.yaml and *.yml), ids and
 * `-`, in the order given, each file once. Two files with the same program id
 * are an error, since commands tell programs apart by id.
 */
export const loadPrograms = async (
  context: Context,
  refs: readonly string[],
): Promise<LoadedProgram[]> => {
  const loaded: LoadedProgram[] = [];
  if (refs.filter((r) => r === "-").length > 1) throw inputError("stdin (-) can be read only once");
  for (const ref of refs) {
    const kind = ref === "-" ? undefined : await exists(resolve(context.cwd, ref));
    if (kind === "folder") {
      for (const absolute of await discoverProgramFiles(context.cwd, [ref])) {
        loaded.push(await loadFile(context, absolute, false));
      }
    } else {
      loaded.push(await loadProgram(context, ref));
    }
  }
  const byFile = new Map<string, LoadedProgram>();
  for (const item of loaded) {
    const previous = byFile.get(item.file);
    byFile.set(item.file, previous ? { ...previous, named: previous.named || item.named } : item);
  }
  const unique = [...byFile.values()];
  const ids = new Map<string, string>();
  for (const { file, program } of unique) {
    const other = ids.get(program.id);
    if (other) throw inputError(`program id "${program.id}" is used by both ${other} and ${file}`);
    ids.set(program.id, file);
  }
  return unique;
};
