/**
 * The one error type of cohort. Everything that stops a command travels as a
 * CohortError and is turned into a message in exactly one place
 * (src/cli/main.ts), so exit codes and wording stay a contract.
 */

import type { LocatedFinding } from "./core/findings.js";

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

  constructor(
    kind: ErrorKind,
    message: string,
    options: {
      location?: Location;
      exitCode?: ExitCode;
      cause?: unknown;
      invalidProgram?: InvalidProgram;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "CohortError";
    this.kind = kind;
    this.location = options.location;
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.invalidProgram = options.invalidProgram;
  }
}

/** The command line was wrong: unknown option, missing argument, bad value. Exit 2. */
export const usageError = (message: string): CohortError => new CohortError("usage", message);

/** An input could not be read or used at all. Exit 2 unless told otherwise. */
export const inputError = (
  message: string,
  location?: Location,
  options: { exitCode?: ExitCode; cause?: unknown; invalidProgram?: InvalidProgram } = {},
): CohortError =>
  new CohortError("input", message, {
    ...(location ? { location } : {}),
    ...options,
  });

export const formatLocation = (location: Location | undefined): string => {
  if (!location) return "";
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.column !== undefined) parts.push(String(location.column));
  return parts.join(":");
};
