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
  // Only for an intake with classes: programs without keep their shape.
  ...(row.choices ? { choices: row.choices } : {}),
  ...(row.class !== undefined ? { class: row.class, choice: row.choice } : {}),
  ...(row.choiceReasons ? { choiceReasons: row.choiceReasons } : {}),
  ...(row.positions ? { positions: row.positions } : {}),
  // Only for a program with leader groups.
  ...(row.group !== undefined ? { group: row.group } : {}),
});
