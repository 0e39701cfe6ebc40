import { describeProblem } from "../../core/applicants/problem-words.js";
import type { CheckRun } from "../../core/check/run.js";
import { languageOf } from "../../core/language/index.js";
import { carriedCells } from "../carried.js";
import type { Formatter } from "../formatter.js";
import { type Cell, writeWorkbook } from "../workbook.js";

/**
 * The verdicts as a workbook for the coordinator: every applicant on one
 * sheet (filter by verdict), the counts on a summary sheet, worded in the
 * run's language. Ids are text cells exactly as in the list: `007` keeps its
 * zeros and `=1+1` is never evaluated. The list is held until the end, as a
 * workbook is written whole (a sheet holds 1,048,575 applicants; more go on
 * in a second sheet).
 */
export const checkXlsx: Formatter<CheckRun> = async function* (run) {
  const language = languageOf(run.locale);
  const words = language.decision;
  const w = words.workbook;
  // Carried columns (name, e-mail) after the others, under their own headers.
  const carry = run.carry ?? [];
  const rows: Cell[][] = [[w.applicant, w.line, w.verdict, w.reason, w.problems, ...carry]];
  for await (const batch of run.verdicts) {
    for (const v of batch) {
      const cells: Cell[] = [
        v.id,
        v.line,
        words.verdicts[v.verdict],
        v.reasons.join("; "),
        v.problems.map((p) => describeProblem(p, { language })).join("; "),
      ];
      if (carry.length > 0) for (const c of carriedCells(v.carried, carry.length)) cells.push(c);
      rows.push(cells);
    }
  }
  const s = run.summary();
  const summary: Cell[][] = [
    [w.program, run.program],
    [w.applicants, s.eligible + s.ineligible + s.invalid],
    [w.eligible, s.eligible],
    [w.ineligible, s.ineligible],
    [w.invalid, s.invalid],
    [w.emptyRows, s.emptyRows ?? 0],
  ];
  yield writeWorkbook([
    { name: w.applicantsSheet, rows, table: true },
    { name: w.summarySheet, rows: summary, table: false },
  ]);
};
