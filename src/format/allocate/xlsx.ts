import * as XLSX from "@e965/xlsx";
import type { Decision, DecisionRow } from "../../core/decision/report.js";
import { neutraliseCell } from "../csv.js";
import type { Formatter } from "../formatter.js";

const HEADER = [
  "Applicant",
  "Outcome",
  "Quota",
  "Rank",
  "Waitlist",
  "Waitlist in quota",
  "Code",
  "Reason",
];

const cells = (r: DecisionRow): (string | number)[] => [
  neutraliseCell(r.id),
  r.outcome,
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
  const book = XLSX.utils.book_new();
  const sheet = (name: string, rows: DecisionRow[]) =>
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADER, ...rows.map(cells)]), name);
  sheet(
    "Admitted",
    decision.rows.filter((r) => r.outcome === "admitted"),
  );
  sheet(
    "Waitlist",
    decision.rows.filter((r) => r.outcome === "waitlisted"),
  );
  sheet(
    "Not admitted",
    decision.rows.filter(
      (r) => r.outcome === "declined" || r.outcome === "ineligible" || r.outcome === "invalid",
    ),
  );
  const s = decision.summary;
  const summary: (string | number)[][] = [
    ["Program", decision.program],
    ["Seed", decision.seed],
    ["Seats", s.seats],
    ["Admitted", s.admitted],
    [],
    ["Quota", "Seats", "Admitted", "Transferred"],
    ...s.quotas.map((q) => [q.label, q.seats ?? "", q.admitted, q.transferred]),
  ];
  if (s.spread) {
    summary.push(
      [],
      [s.spread.field, "Min", "Max", "Admitted"],
      ...s.spread.values.map((v) => [v.value ?? "", v.min, v.max ?? "", v.admitted]),
    );
  }
  for (const r of s.relaxations) summary.push([], ["Warning", r.message]);
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(summary), "Summary");
  const epoch = new Date(Date.UTC(2000, 0, 1));
  book.Props = { CreatedDate: epoch, ModifiedDate: epoch };
  yield new Uint8Array(
    XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
};
