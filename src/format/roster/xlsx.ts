import * as XLSX from "@e965/xlsx";
import { languageOf } from "../../core/language/index.js";
import type { RosterDocument } from "../../core/progress/roster.js";
import { neutraliseCell } from "../csv.js";
import type { Formatter } from "../formatter.js";
import { rosterRows } from "./table.js";

/**
 * The roster as a workbook of one sheet, made to be filled in Excel and read
 * back by `cohort progress`: header in row 1, one row per participant, the
 * columns wide enough to read. Fixed document dates keep the bytes reproducible.
 */
export const rosterXlsx: Formatter<RosterDocument> = function* (doc) {
  const words = languageOf(doc.program.locale).progress;
  const rows = rosterRows(doc).map((row, i) => (i === 0 ? row : row.map(neutraliseCell)));
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet["!cols"] = rows[0]!.map((h, i) => ({
    wch: Math.min(60, Math.max(8, h.length, ...rows.slice(1).map((r) => (r[i] ?? "").length)) + 2),
  }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, words.roster.sheet.slice(0, 31));
  const epoch = new Date(Date.UTC(2000, 0, 1));
  book.Props = { CreatedDate: epoch, ModifiedDate: epoch };
  yield new Uint8Array(
    XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
};
