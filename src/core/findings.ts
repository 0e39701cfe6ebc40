/**
 * A finding is one thing validation has to say about a program file. Core
 * checks return findings with a `path` into the program data; the shell
 * resolves that path to a line and column with the YAML source map.
 */
export type Severity = "error" | "warning";

export interface Position {
  line: number;
  column: number;
}

export interface Finding {
  /** Stable identifier, documented in docs/findings.md. Scripts may rely on it. */
  code: string;
  severity: Severity;
  message: string;
  /** Path into the program data the finding is about. */
  path?: readonly (string | number)[];
  /** Point at the key itself rather than its value (unknown keys). */
  atKey?: boolean;
  /** Already known position (YAML-level findings). */
  position?: Position;
}

/** A finding with its place in a file resolved: what formatters receive. */
export interface LocatedFinding {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: Severity;
  message: string;
}

export const compareFindings = (a: LocatedFinding, b: LocatedFinding): number =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
