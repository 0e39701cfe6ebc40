import type { DecisionRow } from "./report.js";

/** The JSON object of one applicant's outcome, shared by `--format json` and the audit record. */
export const rowJsonOf = (row: DecisionRow) => ({
  id: row.id,
  outcome: row.outcome,
  quota: row.quota,
  rank: row.rank,
  position: row.position,
  code: row.code,
  reason: row.reason,
  transferred: row.transferred,
  ...(row.newlyOffered ? { newlyOffered: true } : {}),
});
