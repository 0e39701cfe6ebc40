import { Chalk } from "chalk";
import { describeProblem } from "../../core/applicants/problem-words.js";
import type { CheckRun } from "../../core/check/run.js";
import type { Verdict } from "../../core/check/verdict.js";
import { languageOf } from "../../core/language/index.js";
import { fitLines } from "../fit-width.js";
import type { Formatter } from "../formatter.js";
import { terminalText } from "../terminal-text.js";
import { textTablePieces } from "../text-table.js";
import { checkCounts } from "./summary.js";

/** The formats that write every row of a check, named under a table shown in part. */
const ALL_ROWS = ["csv", "ndjson", "xlsx"];

/**
 * A table for people: one row per applicant, then the summary. It holds the
 * rows until the end to size the columns, and hands the table on in pieces.
 * On a terminal (`rowLimit`) it keeps only the first rows and counts the
 * rest; for large lists use csv or ndjson.
 */
export const checkTable: Formatter<CheckRun> = async function* (run, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const language = languageOf(run.locale);
  const words = language.decision;
  const limit = options.rowLimit ?? Number.POSITIVE_INFINITY;
  const rows: Verdict[] = [];
  let more = 0;
  for await (const batch of run.verdicts)
    for (const v of batch) {
      if (rows.length < limit) rows.push(v);
      else more++;
    }
  const table = textTablePieces(
    [words.tables.applicant, words.tables.line, words.tables.verdict, words.tables.why],
    rows.map((v) => [
      v.id,
      String(v.line),
      words.verdicts[v.verdict],
      v.verdict === "invalid"
        ? v.problems.map((p) => describeProblem(p, { language })).join("\n")
        : v.reasons.map((r) => `• ${r}`).join("\n"),
    ]),
    {
      width: options.width,
      giveWay: [
        { columns: [3], floor: 16 },
        { columns: [0, 1, 2], floor: 8 },
      ],
      paint: (r, c, text) =>
        c !== 2
          ? text
          : rows[r]!.verdict === "eligible"
            ? paint.green(text)
            : rows[r]!.verdict === "ineligible"
              ? paint.yellow(text)
              : paint.red(text),
    },
  );
  const counts = checkCounts(run.locale, run.summary(), {
    eligible: (s) => paint.green(s),
    ineligible: (s) => paint.yellow(s),
    invalid: (s) => paint.red(s),
  });
  yield `${fitLines(paint.bold(terminalText(run.program)), options.width)}\n`;
  yield* table;
  const rest =
    more > 0
      ? `\n${fitLines(paint.dim(language.terminal.moreRows(more, language.terminal.or(ALL_ROWS))), options.width)}`
      : "";
  yield `${rest}\n${fitLines(counts, options.width, 2)}\n`;
};
