import type { LocatedFinding } from "../core/findings.js";

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
  /** Colour for stdout and stderr: decided once from flags, env and TTYs. */
  color: { stdout: boolean; stderr: boolean };
  quiet: boolean;
  /** Shows the warnings of a program a command loaded (see program-warnings.ts). */
  onProgramWarnings(file: string, warnings: readonly LocatedFinding[]): void;
  /** A line for people on stderr (nothing under --quiet). */
  onNotice(message: string): void;
  /** Today's date (YYYY-MM-DD) in the user's time zone; the core never reads the clock. */
  today: string;
}
