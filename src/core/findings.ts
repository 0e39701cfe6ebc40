/**
 * A finding is one thing validation has to say about a program file. Core
 * checks return findings with a `path` into the program data; the shell
 * resolves that path to a line and column with the YAML source map.
 */
import type { Country } from "./vocabulary.js";

export type Severity = "error" | "warning";

/**
 * What a warning that other commands print about a program (check,
 * allocate, list, schedule) needs to be worded in the program's language
 * (src/format/program-warnings.ts); `message` is the English validate
 * writes. Findings without one are printed in English.
 */
export type FindingDetail =
  | { kind: "module-weekend"; module: string; weekday: number; date: string }
  | { kind: "module-holiday"; module: string; holiday: string; date: string; country: Country }
  | { kind: "spread-max-unfillable"; field: string; capacity: number; total: number }
  | { kind: "choices-undeclared"; classes: number }
  | { kind: "choices-without-classes"; intakes: boolean }
  | { kind: "illustrative-unknown-key"; key: string }
  | { kind: "yaml-binary" }
  | { kind: "yaml-unknown-tag"; tag: string }
  | { kind: "yaml-value-changed"; raw: string; value: string };

/** The intake (and class) a finding of a program with intakes is about, when the message names it. */
export interface FindingScope {
  intake: string;
  class?: string;
}

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
  detail?: FindingDetail;
  scope?: FindingScope;
}

/** A finding with its place in a file resolved: what formatters receive. */
export interface LocatedFinding {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: Severity;
  message: string;
  detail?: FindingDetail;
  scope?: FindingScope;
}

export const compareFindings = (a: LocatedFinding, b: LocatedFinding): number =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
