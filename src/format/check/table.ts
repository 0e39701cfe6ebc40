import { Chalk } from "chalk";
import { describeProblem } from "../../core/applicants/problem-words.js";
import type { CheckRun } from "../../core/check/run.js";
import type { Verdict } from "../../core/check/verdict.js";
import type { Formatter } from "../formatter.js";
import { terminalText } from "../terminal-text.js";
import { textTable } from "../text-table.js";

/**
 * A table for people: one row per applicant, then the summary. It holds the
 * rows until the end to size the columns; for large lists use csv or ndjson.
 */
export const checkTable: Formatter<CheckRun> = async function* (run, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const rows: Verdict[] = [];
  for await (const batch of run.verdicts) for (const v of batch) rows.push(v);
  const table = textTable(
    ["applicant", "line", "verdict", "why"],
    rows.map((v) => [
      v.id,
      String(v.line),
      v.verdict,
      v.verdict === "invalid"
        ? v.problems.map((p) => describeProblem(p)).join("\n")
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
  const summary = run.summary();
  const total = summary.eligible + summary.ineligible + summary.invalid;
  yield `${paint.bold(terminalText(run.program))}\n${table}\n${total} applicants: ${paint.green(`${summary.eligible} eligible`)}, ${paint.yellow(`${summary.ineligible} ineligible`)}, ${paint.red(`${summary.invalid} invalid`)}\n`;
};
