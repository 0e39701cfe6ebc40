import type { Decision } from "../../core/decision/report.js";
import { languageOf } from "../../core/language/index.js";
import { csvDialect, csvRow, neutraliseCell } from "../csv.js";
import type { Formatter } from "../formatter.js";
import { byteChunks, rowCsvBytes } from "./row-bytes.js";

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
const NOTHING = new Uint8Array(0);

/** One row per applicant in decision order; cells neutralised against formula injection. */
export const allocateCsv: Formatter<Decision> = function* (decision, format) {
  const { bom, delimiter, newline } = csvDialect(format.excel);
  // Class columns only for an intake with classes: other lists keep their columns.
  const classes = decision.summary.classes !== undefined;
  // The group column only for a program with leader groups, then carried columns, last.
  const groups = decision.teamColumn !== undefined;
  const mailMerge = mailMergeColumns(decision);
  const header = classes ? [...HEADER, ...CLASS_HEADER] : HEADER;
  const withGroup = groups ? [...header, "group"] : header;
  yield bom +
    csvRow(mailMerge ? [...withGroup, ...mailMerge.header] : withGroup, { delimiter, newline });
  // Each row `csvRow(csvCells(columns)(row), …)` (csv-cells.ts), written as bytes (row-bytes.ts).
  const chunks = byteChunks(rowCsvBytes({ delimiter, newline, classes, groups, mailMerge }));
  for (const row of decision.rows) {
    const full = chunks.add(NOTHING, row);
    if (full) yield full;
  }
  const last = chunks.rest();
  if (last.length > 0) yield last;
};

/**
 * With carried columns, after all the others: the outcome in the program's
 * words (beside `code` and `reason`, what a letter says), then each carried
 * column under its header, so that a mail merge finds all it needs.
 */
const mailMergeColumns = (decision: Decision) => {
  const carry = decision.carry ?? [];
  if (carry.length === 0) return undefined;
  const outcomes = languageOf(decision.locale).decision.outcomes;
  return {
    // The headers come from the program or --carry: neutralised as cells are.
    header: ["outcome_words", ...carry.map(neutraliseCell)],
    outcomes,
    columns: carry.length,
  };
};
