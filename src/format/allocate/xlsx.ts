import * as XLSX from "@e965/xlsx";
import type { Decision, DecisionRow } from "../../core/decision/report.js";
import type { OutcomeWords, WorkbookWords } from "../../core/language/decision-words.js";
import { languageOf } from "../../core/language/index.js";
import { neutraliseCell } from "../csv.js";
import type { Formatter } from "../formatter.js";

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

const cells = (r: DecisionRow, outcomes: OutcomeWords, classes: boolean): (string | number)[] => [
  neutraliseCell(r.id),
  outcomes[r.outcome],
  neutraliseCell(r.quota ?? ""),
  r.rank ?? "",
  r.position?.overall ?? "",
  r.position?.inGroup ?? "",
  r.code,
  neutraliseCell(r.reason),
  ...(classes
    ? [neutraliseCell(r.class ?? ""), r.choice ?? "", neutraliseCell((r.choices ?? []).join(" | "))]
    : []),
];

/**
 * A workbook for the coordinator who mails the result: admitted, waitlist,
 * not admitted, summary. Fixed document dates keep the bytes reproducible.
 */
export const allocateXlsx: Formatter<Decision> = function* (decision) {
  const words = languageOf(decision.locale).decision;
  const w = words.workbook;
  const book = XLSX.utils.book_new();
  const classes = decision.summary.classes;
  const sheet = (name: string, rows: DecisionRow[]) =>
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        header(w, classes !== undefined),
        ...rows.map((r) => cells(r, words.outcomes, classes !== undefined)),
      ]),
      name,
    );
  sheet(
    w.admittedSheet,
    decision.rows.filter((r) => r.outcome === "admitted"),
  );
  sheet(
    w.waitlistSheet,
    decision.rows.filter((r) => r.outcome === "waitlisted"),
  );
  sheet(
    w.notAdmittedSheet,
    decision.rows.filter(
      (r) => r.outcome === "declined" || r.outcome === "ineligible" || r.outcome === "invalid",
    ),
  );
  // A roster sheet per class, named by the class's label (Excel allows 31
  // characters, no []:*?/\\, and no two sheets alike).
  const used = new Set<string>(
    [w.admittedSheet, w.waitlistSheet, w.notAdmittedSheet, w.summarySheet].map((n) =>
      n.toLowerCase(),
    ),
  );
  for (const c of classes ?? []) {
    const base =
      c.label
        .replace(/[[\]:*?/\\]/g, " ")
        .trim()
        .slice(0, 31) || c.id.slice(0, 31);
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base.slice(0, 28)} ${k}`;
    used.add(name.toLowerCase());
    sheet(
      name,
      decision.rows.filter((r) => r.outcome === "admitted" && r.class === c.id),
    );
  }
  const s = decision.summary;
  const summary: (string | number)[][] = [
    [w.program, decision.program],
    [w.seed, decision.seed],
    [w.seats, s.seats],
    [w.admitted, s.admitted],
    [],
    [w.quota, w.seats, w.admitted, w.transferred],
    ...s.quotas.map((q) => [q.label, q.seats ?? "", q.admitted, q.transferred]),
  ];
  if (s.spread) {
    summary.push(
      [],
      [decision.spreadLabel ?? s.spread.field, w.min, w.max, w.admitted],
      ...s.spread.values.map((v) => [v.value ?? "", v.min, v.max ?? "", v.admitted]),
    );
  }
  if (classes) {
    summary.push(
      [],
      [w.class, w.site, w.seats, w.admitted],
      ...classes.map((c) => [c.label, c.site, c.seats, c.admitted]),
    );
  }
  for (const r of s.relaxations) summary.push([], [w.warning, r.message]);
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(summary), w.summarySheet);
  const epoch = new Date(Date.UTC(2000, 0, 1));
  book.Props = { CreatedDate: epoch, ModifiedDate: epoch };
  yield new Uint8Array(
    XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
};
