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
  const sheet = (name: string, rows: DecisionRow[]) => ({
    name,
    rows: [
      withCarriedHeader(withGroup<Cell>(header(w, withClasses), language.teams.column), carry),
      ...rows.map((r) =>
        withCarriedCells(
          withGroup(cells(r, words.outcomes, withClasses), r.group ?? null),
          r,
          carry,
        ),
      ),
    ],
    table: true,
  });
  // A roster sheet per class, named by the class's label.
  const taken = [w.admittedSheet, w.waitlistSheet, w.notAdmittedSheet, w.summarySheet];
  const rosters = (classes ?? []).map((c) => {
    const name = sheetName(c.label, taken);
    taken.push(name);
    return sheet(
      name,
      decision.rows.filter((r) => r.outcome === "admitted" && r.class === c.id),
    );
  });
  yield writeWorkbook([
    sheet(
      w.admittedSheet,
      decision.rows.filter((r) => r.outcome === "admitted"),
    ),
    sheet(
      w.waitlistSheet,
      decision.rows.filter((r) => r.outcome === "waitlisted"),
    ),
    sheet(
      w.notAdmittedSheet,
      decision.rows.filter(
        (r) => r.outcome === "declined" || r.outcome === "ineligible" || r.outcome === "invalid",
      ),
    ),
    ...rosters,
    summarySheet(decision, w),
  ]);
};
