import type { ProgressReport } from "../../core/progress/report.js";
import { csvDialect, csvRow } from "../csv.js";
import type { Formatter } from "../formatter.js";
import { participantRows } from "./rows.js";

/** One row per participant: id, class, status, the unmet requirements (separated by " | "). */
export const progressCsv: Formatter<ProgressReport> = function* (report, options) {
  const dialect = csvDialect(options.excel);
  yield dialect.bom;
  for (const row of participantRows(report, " | "))
    yield csvRow(row, { delimiter: dialect.delimiter, newline: dialect.newline, neutralise: true });
};
