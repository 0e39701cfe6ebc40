import type { TextRenderer } from "../formatter.js";
import { fingerprints } from "./fingerprint.js";
import type { ValidateReport } from "./report.js";

/** GitLab's severities are info, minor, major, critical and blocker. */
const SEVERITY = { error: "major", warning: "minor" } as const;

/**
 * A GitLab Code Quality report (artifacts:reports:codequality): one issue per
 * finding, shown in the merge request's widget and diff.
 */
export const formatGitlab: TextRenderer<ValidateReport> = (report) => {
  const prints = fingerprints(report.findings);
  return `${JSON.stringify(
    report.findings.map((f, i) => ({
      description: f.message,
      check_name: f.code,
      fingerprint: prints[i],
      severity: SEVERITY[f.severity],
      location: { path: f.file, lines: { begin: f.line } },
    })),
    null,
    2,
  )}\n`;
};
