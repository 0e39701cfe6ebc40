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
import type { Locale } from "../core/language/index.js";
import type { Program } from "../core/program/schema.js";
import { isSlug } from "../core/program/slug.js";
import { MAX_SUGGESTED_LENGTH } from "../core/program/suggest.js";
import { duplicateProgramIds } from "../core/program/validate.js";
import { closest } from "../core/text/did-you-mean.js";
import { inputError } from "../errors.js";
import { discoverProgramFiles } from "./discover.js";
import { sha256Bytes } from "./hash.js";
import { declaredId, lookupCandidates, PROGRAMS_DIR } from "./programs-folder.js";
import {
  type ProgramBytes,
  parseProgram,
  programText,
  readProgramFile,
  readProgramStream,
} from "./read-program.js";

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

/** What loading needs from a command context: the working folder, stdin, and where warnings go. */
export interface Context {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  /**
   * Told the warnings of each program loaded (errors stop loading instead), so
   * that every command shows them, not only validate.
   */
  onProgramWarnings(file: string, warnings: readonly LocatedFinding[], locale?: Locale): void;
  /** Told the language of each program loaded: the language of the run's input errors. */
  onProgramLoaded?(locale: Locale): void;
}

const parse = ({ file, bytes }: ProgramBytes, named: boolean): LoadedProgram => {
  const source = parseProgram({ file, bytes });
  const errors = source.findings.filter((f) => f.severity === "error");
  if (!source.program || errors.length > 0) {
    throw inputError({ code: "program-invalid", file }, undefined, {
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

const loadFile = async (
  context: Context,
  absolute: string,
  named: boolean,
): Promise<LoadedProgram> => parse(await readProgramFile(context.cwd, absolute), named);

const loadStdin = async (context: Context): Promise<LoadedProgram> =>
  parse(await readProgramStream(context.stdin, "<stdin>"), true);

const exists = async (path: string): Promise<"file" | "folder" | undefined> => {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "file";
  } catch {
    return undefined;
  }
};

/** The closest known id, when one is a likely typo (not looked for in names far longer than any id). */
const suggestion = (id: string, known: readonly string[]): { suggestion?: string } => {
  const near = id.length > MAX_SUGGESTED_LENGTH ? undefined : closest(id, known);
  return near === undefined ? {} : { suggestion: near };
};

/** Finds the program with this id under programs/: by file name first, then by the `id:` line. */
const loadById = async (context: Context, id: string): Promise<LoadedProgram> => {
  const notFound = (known: string[]) =>
    inputError({
      code: "program-not-found",
      id,
      folder: PROGRAMS_DIR,
      ...suggestion(id, known),
    });
  const candidates = await lookupCandidates(context.cwd, id);
  if (!candidates) throw notFound([]);
  const known: string[] = [];
  for (const absolute of candidates) {
    const read = await readProgramFile(context.cwd, absolute);
    const declared = declaredId(programText(read));
    if (declared) known.push(declared);
    if (declared === id) return parse(read, true);
  }
  throw notFound(known);
};

const tell = (context: Context, loaded: LoadedProgram): void => {
  context.onProgramLoaded?.(loaded.program.locale);
  if (loaded.warnings.length > 0)
    context.onProgramWarnings(loaded.file, loaded.warnings, loaded.program.locale);
};

const loadOne = async (context: Context, ref: string): Promise<LoadedProgram> => {
  if (ref === "-") return loadStdin(context);
  const absolute = resolve(context.cwd, ref);
  const kind = await exists(absolute);
  if (kind === "file") return loadFile(context, absolute, true);
  if (kind === "folder") throw inputError({ code: "program-ref-folder", ref });
  if (isSlug(ref)) return loadById(context, ref);
  return loadFile(context, absolute, true);
};

/** One program: a file, `-` for stdin, or a program id found under programs/. */
export const loadProgram = async (context: Context, ref: string): Promise<LoadedProgram> => {
  const loaded = await loadOne(context, ref);
  tell(context, loaded);
  return loaded;
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
  if (refs.filter((r) => r === "-").length > 1) throw inputError({ code: "stdin-twice" });
  for (const ref of refs) {
    const kind = ref === "-" ? undefined : await exists(resolve(context.cwd, ref));
    if (kind === "folder") {
      for (const absolute of await discoverProgramFiles(context.cwd, [ref])) {
        loaded.push(await loadFile(context, absolute, false));
      }
    } else {
      loaded.push(await loadOne(context, ref));
    }
  }
  const byFile = new Map<string, LoadedProgram>();
  for (const item of loaded) {
    const previous = byFile.get(item.file);
    byFile.set(item.file, previous ? { ...previous, named: previous.named || item.named } : item);
  }
  const unique = [...byFile.values()];
  const [duplicate] = duplicateProgramIds(unique);
  if (duplicate)
    throw inputError({
      code: "program-id-twice",
      id: duplicate.id,
      first: duplicate.previous,
      second: duplicate.file,
    });
  for (const item of unique) tell(context, item);
  return unique;
};
