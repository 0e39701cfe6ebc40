import type { AppContext } from "../app/context.js";
import type { LocatedFinding } from "../core/findings.js";
import type { Locale } from "../core/language/index.js";

/**
 * What a command needs from the outside world, passed in so that commands can
 * be called from tests with their own streams, folder, clock and environment.
 */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** A terminal's width (stdout's, when it is one). */
  columns?: number;
}

export interface CommandContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  /**
   * stderr as it is, for the status line rewritten in place (read-meter.ts):
   * carries only cohort's own words, with \r and ESC[K. Absent in tests
   * that do not ask for it.
   */
  status?: OutputStream;
  /** Colour for stdout and stderr: decided once from flags, env and TTYs. */
  color: { stdout: boolean; stderr: boolean };
  quiet: boolean;
  /** Shows the warnings of a program a command loaded (see program-warnings.ts). */
  onProgramWarnings(file: string, warnings: readonly LocatedFinding[], locale?: Locale): void;
  /** Told the language of each program loaded: input errors are worded in it (program.ts). */
  onProgramLoaded?(locale: Locale): void;
  /** A line for people on stderr (nothing under --quiet). */
  onNotice(message: string): void;
  /** Told how far the reading of an applicant list has come (the status line, read-meter.ts). */
  onListProgress?: AppContext["onListProgress"];
  /** Today's date (YYYY-MM-DD) in the user's time zone; the core never reads the clock. */
  today: string;
}
