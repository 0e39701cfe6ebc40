/** What `cohort verify` found, as data; a format words it. */
import type { OutcomeComparison } from "./compare.js";

/** An input whose bytes are not the ones the record was made from. */
export interface ChangedInput {
  role: "program" | "applicants" | "declined";
  path: string;
  /** SHA-256 in the record, and of the file now. */
  recorded: string;
  actual: string;
}

export type Verification = {
  /** The tool that wrote the record, and the one verifying it. */
  tool: { recorded: string; current: string };
} & (
  | { kind: "changed"; changed: ChangedInput[] }
  | { kind: "compared"; program: string; seed: string; comparison: OutcomeComparison }
);

/** Whether the record held: the same inputs and the same outcomes. */
export const verified = (report: Verification): boolean =>
  report.kind === "compared" && report.comparison.differences.length === 0;
