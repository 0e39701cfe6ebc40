import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Verdict } from "../../core/check/verdict.js";
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
      const table = new Table({
        head: ["applicant", "line", "verdict", "why"],
        style: { head: [], border: [] },
        chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
        wordWrap: true,
        colWidths: [null, null, null, 70] as unknown as number[],
      });
      for (const v of rows) {
        const verdict =
          v.verdict === "eligible"
            ? paint.green(v.verdict)
            : v.verdict === "ineligible"
              ? paint.yellow(v.verdict)
              : paint.red(v.verdict);
        const why =
          v.verdict === "invalid"
            ? v.problems
                .map(
                  (p) =>
                    `${p.column ? `${p.column}: ` : ""}${p.message}${p.value ? ` ("${p.value}")` : ""}`,
                )
                .join("\n")
            : v.reasons.map((r) => `• ${r}`).join("\n");
        table.push([v.id, String(v.line), verdict, why]);
      }
      const total = summary.eligible + summary.ineligible + summary.invalid;
      return `${paint.bold(program)}\n${table.toString()}\n${total} applicants: ${paint.green(`${summary.eligible} eligible`)}, ${paint.yellow(`${summary.ineligible} ineligible`)}, ${paint.red(`${summary.invalid} invalid`)}\n`;
    },
  };
};
