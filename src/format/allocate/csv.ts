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
const CLASS_HEADER = ["class", "choice", "choices"];
const NUMERIC = [3, 4, 5, 11];

/** One row per applicant in decision order; cells neutralised against formula injection. */
export const allocateCsv: Formatter<Decision> = function* (decision, format) {
  const { bom, delimiter, newline } = csvDialect(format.excel);
  const options = { neutralise: true, numeric: NUMERIC, delimiter, newline };
  // Class columns only for an intake with classes: other lists keep their columns.
  const classes = decision.summary.classes !== undefined;
  // The group column only for a program with leader groups, last.
  const groups = decision.teamColumn !== undefined;
  const header = classes ? [...HEADER, ...CLASS_HEADER] : HEADER;
  yield bom + csvRow(groups ? [...header, "group"] : header, { delimiter, newline });
  for (const row of decision.rows) {
    const cells = [
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
    ];
    if (classes) {
      cells.push(
        row.class ?? "",
        row.choice === undefined ? "" : String(row.choice),
        (row.choices ?? []).join(" | "),
      );
    }
    if (groups) cells.push(row.group ?? "");
    yield csvRow(cells, options);
  }
};
