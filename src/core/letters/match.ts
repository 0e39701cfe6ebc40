/**
 * The audit record's outcomes joined with the applicants' rows of the list.
 * Admitted, waitlisted and declined applicants are found by id (an eligible id
 * is unique); ineligible and invalid ones come in the record in the order
 * `decide` sorts them (ineligible first, then by id and line), so the rows are
 * sorted the same way and joined one by one.
 */
import type { CellProblem } from "../applicants/layout.js";
import type { LetterOutcome } from "../language/letter-words.js";
import type { LetterEntry } from "./letter.js";

/** One outcome of an audit record, as `rowJsonOf` writes it. */
export interface RecordedOutcome {
  id: string;
  outcome: LetterOutcome;
  quota: string | null;
  rank: number | null;
  position: { overall: number; inGroup: number } | null;
  code: string;
  /** The reason's params (records of version 2); any JSON, as the record holds it. */
  params?: unknown;
  /** The class placed in, for an admitted applicant of an intake with classes. */
  class?: string;
}

/** One applicant's row of the list, as letters keep it. */
export interface ListRow {
  id: string;
  line: number;
  verdict: "eligible" | "ineligible" | "invalid";
  reasons: readonly string[];
  problems: readonly CellProblem[];
  carried: readonly string[];
  spreadValue: string | null;
}

export type Joined = { ok: true; entries: LetterEntry[] } | { ok: false; id: string };

const byKindIdLine = (a: ListRow, b: ListRow): number =>
  a.verdict !== b.verdict
    ? a.verdict === "ineligible"
      ? -1
      : 1
    : a.id < b.id
      ? -1
      : a.id > b.id
        ? 1
        : a.line - b.line;

export const joinOutcomes = (
  outcomes: readonly RecordedOutcome[],
  rows: readonly ListRow[],
): Joined => {
  const eligible = new Map<string, ListRow>();
  const others: ListRow[] = [];
  for (const row of rows) {
    if (row.verdict === "eligible") eligible.set(row.id, row);
    else others.push(row);
  }
  others.sort(byKindIdLine);
  let next = 0;
  const entries: LetterEntry[] = [];
  for (const o of outcomes) {
    const competing =
      o.outcome === "admitted" || o.outcome === "waitlisted" || o.outcome === "declined";
    const row = competing ? eligible.get(o.id) : others[next++];
    if (!row || row.id !== o.id || (!competing && row.verdict !== o.outcome))
      return { ok: false, id: o.id };
    entries.push({
      id: o.id,
      line: row.line,
      outcome: o.outcome,
      code: o.code,
      quota: o.quota,
      rank: o.rank,
      position: o.position,
      reasons: row.reasons,
      problems: row.problems,
      carried: row.carried,
      spreadValue: row.spreadValue,
      class: typeof o.class === "string" ? o.class : null,
    });
  }
  return { ok: true, entries };
};
