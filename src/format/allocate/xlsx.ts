import * as XLSX from "@e965/xlsx";
import type { Decision, DecisionRow } from "../../core/decision/report.js";
import type { OutcomeWords, WorkbookWords } from "../../core/language/decision-words.js";
import { languageOf } from "../../core/language/index.js";
import { neutraliseCell } from "../csv.js";
import type { Formatter } from "../formatter.js";

const header = (w: WorkbookWords): string[] => [
  w.applicant,
  w.outcome,
  w.quota,
  w.rank,
  w.waitlist,
  w.waitlistInQuota,
  w.code,
  w.reason,
];

const cells = (r: DecisionRow, outcomes: OutcomeWords): (string | number)[] => [
  neutraliseCell(r.id),
  outcomes[r.outcome],
  neutraliseCell(r.quota ?? ""),
  r.rank ?? "",
  r.position?.overall ?? "",
  r.position?.inGroup ?? "",
  r.code,
  neutraliseCell(r.reason),
];

/**
 * A workbook for the coordinator who mails the result: admitted, waitlist,
 * not admitted, summary. Fixed document dates keep the bytes reproducible.
 */
export const allocateXlsx: Formatter<Decision> = function* (decision) {
  const words = languageOf(decision.locale).decision;
  const w = words.workbook;
  const book = XLSX.utils.book_new();
  const sheet = (name: string, rows: DecisionRow[]) =>
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([header(w), ...rows.map((r) => cells(r, words.outcomes))]),
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
  for (const r of s.relaxations) summary.push([], [w.warning, r.message]);
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(summary), w.summarySheet);
  const epoch = new Date(Date.UTC(2000, 0, 1));
  book.Props = { CreatedDate: epoch, ModifiedDate: epoch };
  yield new Uint8Array(
    XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
};
