/**
 * The one error type of cohort. Everything that stops a command travels as a
 * CohortError and is turned into a message in exactly one place
 * (src/cli/main.ts), so exit codes and wording stay a contract.
 */

import type { LocatedFinding } from "./core/findings.js";
import type { InputProblem } from "./core/input-problems.js";
import type { Locale } from "./core/language/index.js";
import { inputProblemWords } from "./core/language/input-error-words.js";
import { inputErrors as englishInputErrors } from "./core/language/input-errors/en.js";

/** Exit codes are the same for every command: see docs/exit-codes.md. */
export const ExitCode = {
  /** Done, nothing wrong with the inputs. */
  ok: 0,
  /** Done, but the inputs have problems. */
  problems: 1,
  /** Could not run: usage, unreadable input, internal error. */
  failure: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in an input a problem is: a file position or a row and column of a list. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  /** Column name of an applicant list (the header), when the location is a cell. */
  field?: string;
}

export type ErrorKind = "usage" | "input" | "internal";

/**
 * The findings that make a program file unusable, kept as data: they are
 * worded where the error is printed (src/format/program/invalid.ts).
 */
export interface InvalidProgram {
  file: string;
  errors: readonly LocatedFinding[];
}

export class CohortError extends Error {
  readonly kind: ErrorKind;
  readonly exitCode: ExitCode;
  readonly location: Location | undefined;
  readonly invalidProgram: InvalidProgram | undefined;
  /** Why an input stopped the run, as data: worded in the run's language where it is printed. */
  readonly problem: InputProblem | undefined;
  /**
   * The language the run speaks, told by the shell as the error leaves the
   * command (src/cli/program.ts): `--lang`, else the language of the programs
   * loaded. Unset before anything is known: then the message is English.
   */
  locale: Locale | undefined;

  constructor(
    kind: ErrorKind,
    message: string,
    options: {
      location?: Location;
      exitCode?: ExitCode;
      cause?: unknown;
      invalidProgram?: InvalidProgram;
      problem?: InputProblem;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "CohortError";
    this.kind = kind;
    this.location = options.location;
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.invalidProgram = options.invalidProgram;
    this.problem = options.problem;
    this.locale = undefined;
  }
}

/** The command line was wrong: unknown option, missing argument, bad value. Exit 2. */
export const usageError = (message: string): CohortError => new CohortError("usage", message);

/**
 * An input could not be read or used at all. Exit 2 unless told otherwise.
 * The problem is data; its English words are the error's `message` (for
 * scripts, tests and --debug), and src/cli/main.ts words it in the run's
 * language.
 */
export const inputError = (
  problem: InputProblem,
  location?: Location,
  options: { exitCode?: ExitCode; cause?: unknown; invalidProgram?: InvalidProgram } = {},
): CohortError =>
  new CohortError("input", inputProblemWords(englishInputErrors, problem), {
    ...(location ? { location } : {}),
    ...options,
    problem,
  });

export const formatLocation = (location: Location | undefined): string => {
  if (!location) return "";
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.column !== undefined) parts.push(String(location.column));
  return parts.join(":");
};
