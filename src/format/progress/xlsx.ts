import * as XLSX from "@e965/xlsx";
import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";
import { neutraliseCell } from "../csv.js";
import type { Formatter } from "../formatter.js";
import { moduleRows, participantRows } from "./rows.js";

/** A workbook of two sheets: participants with their status and unmet requirements, and modules. */
export const progressXlsx: Formatter<ProgressReport> = function* (report) {
  const w = languageOf(report.locale).progress;
  const book = XLSX.utils.book_new();
  const add = (rows: string[][], name: string) =>
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet(rows.map((r, i) => (i === 0 ? r : r.map(neutraliseCell)))),
      name.slice(0, 31),
    );
  add(participantRows(report, "\n"), w.tables.participantsSheet);
  add(moduleRows(report), w.tables.modulesSheet);
  const epoch = new Date(Date.UTC(2000, 0, 1));
  book.Props = { CreatedDate: epoch, ModifiedDate: epoch };
  yield new Uint8Array(
    XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
};
