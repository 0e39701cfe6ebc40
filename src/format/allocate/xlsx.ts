import type { Decision, DecisionRow } from "../../core/decision/report.js";
import type { OutcomeWords, WorkbookWords } from "../../core/language/decision-words.js";
import { languageOf } from "../../core/language/index.js";
import { carriedCells } from "../carried.js";
import type { Formatter } from "../formatter.js";
import { type Cell, sheetName, writeWorkbook } from "../workbook.js";
import { spreadFields } from "./summary.js";

const header = (w: WorkbookWords, classes: boolean): string[] => [
  w.applicant,
  w.outcome,
  w.quota,
  w.rank,
  w.waitlist,
  w.waitlistInQuota,
  w.code,
  w.reason,
  ...(classes ? [w.class, w.choice, w.choices] : []),
];

// Text cells as they are: a workbook's text cell is never evaluated (see ../workbook.ts).
const cells = (r: DecisionRow, outcomes: OutcomeWords, classes: boolean): Cell[] => [
  r.id,
  outcomes[r.outcome],
  r.quota,
  r.rank,
  r.position?.overall ?? null,
  r.position?.inGroup ?? null,
  r.code,
  r.reason,
  ...(classes ? [r.class ?? null, r.choice ?? null, (r.choices ?? []).join(" | ")] : []),
];

// Carried columns (name, e-mail) after all the others, on every sheet of applicants.
const withCarriedHeader = (row: Cell[], carry: readonly string[]): Cell[] =>
  carry.length === 0 ? row : [...row, ...carry];
const withCarriedCells = (row: Cell[], r: DecisionRow, carry: readonly string[]): Cell[] => {
  if (carry.length > 0) for (const c of carriedCells(r.carried, carry.length)) row.push(c);
  return row;
};

/** The Summary sheet: every count, then per quota and per value of each spread field; headings in bold. */
const summarySheet = (decision: Decision, w: WorkbookWords) => {
  const s = decision.summary;
  const rows: Cell[][] = [
    [w.program, decision.program],
    [w.seed, decision.seed],
    [w.seats, s.seats],
    [],
    [w.admitted, s.admitted],
    [w.waitlisted, s.waitlisted],
    [w.declined, s.declined],
    [w.ineligible, s.ineligible],
    [w.invalid, s.invalid],
    [w.emptyRows, s.emptyRows ?? 0],
    [],
  ];
  const bold = new Set<number>();
  const heading = (row: Cell[]) => {
    bold.add(rows.length);
    rows.push(row);
  };
  heading([w.quota, w.seats, w.admitted, w.transferred]);
  for (const q of s.quotas) rows.push([q.label, q.seats, q.admitted, q.transferred]);
  for (const spread of spreadFields(decision)) {
    rows.push([]);
    heading([spread.label, w.min, w.max, w.admitted]);
    for (const v of spread.values) rows.push([v.value, v.min, v.max, v.admitted]);
  }
  if (s.classes) {
    rows.push([]);
    heading([w.class, w.site, w.seats, w.admitted]);
    for (const c of s.classes) rows.push([c.label, c.site, c.seats, c.admitted]);
  }
  for (const r of s.relaxations) rows.push([], [w.warning, r.message]);
  return { name: w.summarySheet, rows, table: false, bold };
};

function* filtered(
  rows: Iterable<DecisionRow>,
  keep: (row: DecisionRow) => boolean,
): Generator<DecisionRow> {
  for (const r of rows) if (keep(r)) yield r;
}

/** Declined, ineligible and invalid, in decision order. */
function* notAdmitted(decision: Decision): Generator<DecisionRow> {
  yield* decision.rows.of("declined");
  yield* decision.rows.of("ineligible");
  yield* decision.rows.of("invalid");
}

/**
 * A workbook for the coordinator who mails the result: admitted, waitlist,
 * not admitted, summary; each list a table with a bold, frozen header and a
 * filter. The same bytes for the same decision.
 */
export const allocateXlsx: Formatter<Decision> = function* (decision) {
  const language = languageOf(decision.locale);
  const words = language.decision;
  const w = words.workbook;
  const classes = decision.summary.classes;
  const withClasses = classes !== undefined;
  // A program with leader groups has their column, then the carried columns, last.
  const groups = decision.teamColumn !== undefined;
  const withGroup = <T extends Cell>(row: T[], group: T): T[] => (groups ? [...row, group] : row);
  const carry = decision.carry ?? [];
  // A sheet's rows are made from the decision's as the sheet is built: no
  // list of the decision's rows is held beside the workbook's own.
  const sheet = (name: string, rows: Iterable<DecisionRow>) => {
    const out: Cell[][] = [
      withCarriedHeader(withGroup<Cell>(header(w, withClasses), language.teams.column), carry),
    ];
    for (const r of rows)
      out.push(
        withCarriedCells(
          withGroup(cells(r, words.outcomes, withClasses), r.group ?? null),
          r,
          carry,
        ),
      );
    return { name, rows: out, table: true };
  };
  const admitted = decision.rows.of("admitted");
  // A roster sheet per class, named by the class's label.
  const taken = [w.admittedSheet, w.waitlistSheet, w.notAdmittedSheet, w.summarySheet];
  const rosters = (classes ?? []).map((c) => {
    const name = sheetName(c.label, taken);
    taken.push(name);
    return sheet(
      name,
      filtered(admitted, (r) => r.class === c.id),
    );
  });
  yield writeWorkbook([
    sheet(w.admittedSheet, admitted),
    sheet(w.waitlistSheet, decision.rows.of("waitlisted")),
    sheet(w.notAdmittedSheet, notAdmitted(decision)),
    ...rosters,
    summarySheet(decision, w),
  ]);
};
