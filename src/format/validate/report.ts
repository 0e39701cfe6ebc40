import type { LocatedFinding } from "../../core/findings.js";
import type { SuppressedFinding } from "../../core/program/suppressions.js";

/** What `cohort validate` found: the data every validate format is drawn from. */
export interface ValidateReport {
  files: string[];
  findings: LocatedFinding[];
  /** Findings silenced by a `# cohort-disable-next-line` comment: reported, not counted. */
  suppressed?: SuppressedFinding[];
  /** Source lines per file, for code frames in human formats. */
  sources: Record<string, string[]>;
  summary: { errors: number; warnings: number; files: number };
  /**
   * Why the warnings fail the run (`--strict`, or more than `--max-warnings`),
   * when they do: reports that show pass and fail (JUnit) show them failing.
   */
  warningsFail?: string;
  /** The cohort version, for reports that name the tool (SARIF). */
  toolVersion?: string;
}
