/** What `cohort verify` found, as data; a format words it. */
import type { AuditSection } from "./audit.js";
import type { OutcomeComparison } from "./compare.js";

/** An input whose bytes are not the ones the record was made from. */
export interface ChangedInput {
  role: "program" | "applicants" | "declined" | "from";
  path: string;
  /** SHA-256 in the record, and of the file now. */
  recorded: string;
  actual: string;
  /** Where it was read from when named on the command line rather than by the record. */
  given?: string;
}

/** A section of the record whose SHA-256 is not the one the record holds for it. */
export interface EditedSection {
  section: AuditSection;
  /** The hash in the record (undefined: the record has none for it), and of the section now. */
  recorded: string | undefined;
  actual: string;
}

/** A section a re-run derives (other than the outcomes) that reads otherwise now. */
export interface DifferentSection {
  section: "program" | "seed" | "parameters" | "summary";
  recorded: unknown;
  now: unknown;
}

export type Verification = {
  /** The tool that wrote the record, and the one verifying it. */
  tool: { recorded: string; current: string };
  /** Sections edited after the record was written (by their hashes). */
  edited?: EditedSection[];
  /** The record has no section hashes (written before they were added). */
  unsealed?: boolean;
  /**
   * The record is of version 1: its reasons hold no params, so the counts
   * and names inside their words are compared only where the outcome holds
   * them as fields.
   */
  withoutParams?: boolean;
} & (
  | { kind: "changed"; changed: ChangedInput[] }
  | {
      kind: "compared";
      program: string;
      seed: string;
      comparison: OutcomeComparison;
      /** Derived sections that differ from the record's. */
      sections?: DifferentSection[];
      /** The summary's numbers are the record's, some of its words (relaxations) are not. */
      summaryWorded?: true;
    }
);

/**
 * Whether the record held: intact, the same inputs and the same decisions.
 * Reasons worded differently (another language, another cohort's words) do
 * not stop it: the decision is what is verified.
 */
export const verified = (report: Verification): boolean =>
  report.kind === "compared" &&
  report.comparison.differences.length === 0 &&
  (report.sections ?? []).length === 0 &&
  (report.edited ?? []).length === 0;
