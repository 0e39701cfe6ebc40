import { Chalk } from "chalk";
import type { Verdict } from "../../core/check/verdict.js";
import { terminalText } from "../terminal-text.js";
import { textTable } from "../text-table.js";
import type { CheckFormatter } from "./types.js";

/**
 * A table for people: one row per applicant, then the summary. It holds the
 * rows until the end to size the columns; for large lists use csv or ndjson.
 */
export const checkTable = (): CheckFormatter => {
  const rows: Verdict[] = [];
  let paint = new Chalk({ level: 0 });
  let program = "";
  return {
    begin: (meta) => {
      paint = new Chalk({ level: meta.options.color ? 1 : 0 });
      program = meta.program;
      return "";
    },
    row: (v) => {
      rows.push(v);
      return "";
    },
    end: (summary) => {
      const table = textTable(
        ["applicant", "line", "verdict", "why"],
        rows.map((v) => [
          v.id,
          String(v.line),
          v.verdict,
          v.verdict === "invalid"
            ? v.problems
                .map(
                  (p) =>
                    `${p.column ? `${p.column}: ` : ""}${p.message}${p.value ? ` ("${p.value}")` : ""}`,
                )
                .join("\n")
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
      const total = summary.eligible + summary.ineligible + summary.invalid;
      return `${paint.bold(terminalText(program))}\n${table}\n${total} applicants: ${paint.green(`${summary.eligible} eligible`)}, ${paint.yellow(`${summary.ineligible} ineligible`)}, ${paint.red(`${summary.invalid} invalid`)}\n`;
    },
  };
};
