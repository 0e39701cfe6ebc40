import { Chalk } from "chalk";
import { describeProblem } from "../../core/applicants/problem-words.js";
import type { CheckRun } from "../../core/check/run.js";
import type { Verdict } from "../../core/check/verdict.js";
import { languageOf } from "../../core/language/index.js";
import type { Formatter } from "../formatter.js";
import { terminalText } from "../terminal-text.js";
import { textTable } from "../text-table.js";
import { checkCounts } from "./summary.js";

/**
 * A table for people: one row per applicant, then the summary. It holds the
 * rows until the end to size the columns; for large lists use csv or ndjson.
 */
export const checkTable: Formatter<CheckRun> = async function* (run, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const words = languageOf(run.locale).decision;
  const rows: Verdict[] = [];
  for await (const batch of run.verdicts) for (const v of batch) rows.push(v);
  const table = textTable(
    [words.tables.applicant, words.tables.line, words.tables.verdict, words.tables.why],
    rows.map((v) => [
      v.id,
      String(v.line),
      words.verdicts[v.verdict],
      v.verdict === "invalid"
        ? v.problems.map((p) => describeProblem(p, { language: languageOf(run.locale) })).join("\n")
        : v.reasons.map((r) => `• ${r}`).join("\n"),
    ]),
    {
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
  yield `${paint.bold(terminalText(run.program))}\n${table}\n${counts}\n`;
};
