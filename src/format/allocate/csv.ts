import type { Decision } from "../../core/decision/report.js";
import { csvDialect, csvRow } from "../csv.js";
import type { Formatter } from "../formatter.js";

const HEADER = [
  "id",
  "outcome",
  "quota",
  "rank",
  "position",
  "position_in_quota",
  "code",
  "reason",
  "transferred",
  "newly_offered",
];
const NUMERIC = [3, 4, 5];

/** One row per applicant in decision order; cells neutralised against formula injection. */
export const allocateCsv: Formatter<Decision> = function* (decision, format) {
  const { bom, delimiter, newline } = csvDialect(format.excel);
  const options = { neutralise: true, numeric: NUMERIC, delimiter, newline };
  yield bom + csvRow(HEADER, { delimiter, newline });
  for (const row of decision.rows) {
    yield csvRow(
      [
        row.id,
        row.outcome,
        row.quota ?? "",
        row.rank === null ? "" : String(row.rank),
        row.position ? String(row.position.overall) : "",
        row.position ? String(row.position.inGroup) : "",
        row.code,
        row.reason,
        row.transferred ? "yes" : "no",
        row.newlyOffered ? "yes" : "no",
      ],
      options,
    );
  }
};
