import type { LocatedFinding } from "../core/findings.js";
/**
 * What a use case needs from the outside world: the working folder and stdin.
 * A command's context has both; tests pass their own.
 */
export interface AppContext {
  cwd: string;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Told the warnings of each program loaded, so that every command shows them. */
  onProgramWarnings(file: string, warnings: readonly LocatedFinding[]): void;
  /** Told what a reader chose on its own (the sheet of a workbook it read), for people. */
  onNotice?(message: string): void;
}
