import { describeProblem } from "../../core/applicants/problem-words.js";
import type { CheckRun } from "../../core/check/run.js";
import { type CsvRowOptions, csvDialect, csvRow } from "../csv.js";
import type { Formatter } from "../formatter.js";

const HEADER = ["id", "line", "verdict", "reasons", "problems"];

/**
 * A spreadsheet-friendly list: reasons and problems joined with " | ". Cells
 * are neutralised against formula injection; the line number is typed numeric.
 * Streamed: one piece per batch of the list.
 */
export const checkCsv: Formatter<CheckRun> = async function* (run, format) {
  const { bom, delimiter, newline } = csvDialect(format.excel);
  const options: CsvRowOptions = { neutralise: true, numeric: [1], delimiter, newline };
  yield bom + csvRow(HEADER, { delimiter, newline });
  for await (const batch of run.verdicts) {
    let text = "";
    for (const v of batch) {
      text += csvRow(
        [
          v.id,
          String(v.line),
          v.verdict,
          v.reasons.join(" | "),
          v.problems.map((p) => describeProblem(p, { quote: false })).join(" | "),
        ],
        options,
      );
    }
    yield text;
  }
};
