import { describeProblem } from "../../core/applicants/problem-words.js";
import type { CheckRun } from "../../core/check/run.js";
import type { Verdict } from "../../core/check/verdict.js";
import { languageOf } from "../../core/language/index.js";
import { carriedCells } from "../carried.js";
import { type CsvRowOptions, csvDialect, csvRow, neutraliseCell } from "../csv.js";
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
  const mailMerge = mailMergeColumns(run);
  yield bom + csvRow(mailMerge ? [...HEADER, ...mailMerge.header] : HEADER, { delimiter, newline });
  for await (const batch of run.verdicts) {
    let text = "";
    for (const v of batch) {
      const cells = [
        v.id,
        String(v.line),
        v.verdict,
        v.reasons.join(" | "),
        v.problems.map((p) => describeProblem(p, { quote: false })).join(" | "),
      ];
      text += csvRow(mailMerge ? [...cells, ...mailMerge.cells(v)] : cells, options);
    }
    yield text;
  }
};

/**
 * With carried columns, after the others: the verdict in the run's words,
 * then each carried column under its header (a list ready for a mail merge).
 */
const mailMergeColumns = (run: CheckRun) => {
  const carry = run.carry ?? [];
  if (carry.length === 0) return undefined;
  const verdicts = languageOf(run.locale).decision.verdicts;
  return {
    // The headers come from the program or --carry: neutralised as cells are.
    header: ["verdict_words", ...carry.map(neutraliseCell)],
    cells: (v: Verdict): string[] => [
      verdicts[v.verdict],
      ...carriedCells(v.carried, carry.length),
    ],
  };
};
