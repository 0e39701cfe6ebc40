import type { LocatedFinding } from "../core/findings.js";
import type { Locale } from "../core/language/index.js";
import type { ReadProgress } from "../io/applicants/types.js";
/**
 * What a use case needs from the outside world: the working folder and stdin.
 * A command's context has both; tests pass their own.
 */
export interface AppContext {
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Told the warnings of each program loaded, so that every command shows them. */
  onProgramWarnings(file: string, warnings: readonly LocatedFinding[], locale?: Locale): void;
  /** Told the language of each program loaded (src/cli/program.ts words input errors in it). */
  onProgramLoaded?(locale: Locale): void;
  /** Told what a reader chose on its own (the sheet of a workbook it read), for people. */
  onNotice?(message: string): void;
  /** Told how far the reading of an applicant list has come, and the language of the run. */
  onListProgress?(progress: ReadProgress, locale: Locale): void;
  /** The environment, for COHORT_THREADS (absent: as if unset). */
  env?: Readonly<Record<string, string | undefined>>;
}
