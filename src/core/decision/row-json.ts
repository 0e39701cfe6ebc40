import type { DecisionRow } from "./report.js";

/** The JSON object of one applicant's outcome, shared by `--format json` and the audit record. */
export const rowJsonOf = (row: DecisionRow) => outcomeJson(row, false);

/**
 * One outcome as an audit record of version 2 holds it: the object of
 * `--format json` with each reason's `params` (the counts and names its
 * words are made from) after its `reason`, so `verify` compares what the
 * words say as data. Rows without a reason of the allocation (ineligible,
 * invalid) have no `params`.
 */
export const auditOutcomeOf = (row: DecisionRow) => outcomeJson(row, true);

const outcomeJson = (row: DecisionRow, params: boolean) => ({
  id: row.id,
  outcome: row.outcome,
  quota: row.quota,
  rank: row.rank,
  position: row.position,
  code: row.code,
  reason: row.reason,
  ...(params && row.params !== undefined ? { params: row.params } : {}),
  transferred: row.transferred,
  ...(row.newlyOffered ? { newlyOffered: true } : {}),
  // Only for an intake with classes: programs without keep their shape.
  ...(row.choices ? { choices: row.choices } : {}),
  ...(row.class !== undefined ? { class: row.class, choice: row.choice } : {}),
  ...(row.choiceReasons
    ? {
        choiceReasons: row.choiceReasons.map((c) => ({
          choice: c.choice,
          id: c.id,
          code: c.code,
          reason: c.reason,
          ...(params && c.params !== undefined ? { params: c.params } : {}),
        })),
      }
    : {}),
  ...(row.positions ? { positions: row.positions } : {}),
  // Only for a program with leader groups.
  ...(row.group !== undefined ? { group: row.group } : {}),
});
