import type { LocatedFinding } from "../../core/findings.js";

/** What `cohort validate` found: the data every validate format is drawn from. */
export interface ValidateReport {
  files: string[];
  findings: LocatedFinding[];
  /** Source lines per file, for code frames in human formats. */
  sources: Record<string, string[]>;
  summary: { errors: number; warnings: number; files: number };
}
