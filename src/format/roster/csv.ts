import type { RosterDocument } from "../../core/progress/roster.js";
import { csvDialect, csvRow } from "../csv.js";
import type { Formatter } from "../formatter.js";
import { rosterRows } from "./table.js";

/** The roster as CSV; cells that would start a formula are neutralised, as every CSV cohort writes. */
export const rosterCsv: Formatter<RosterDocument> = function* (doc, options) {
  const dialect = csvDialect(options.excel);
  yield dialect.bom;
  for (const row of rosterRows(doc))
    yield csvRow(row, { delimiter: dialect.delimiter, newline: dialect.newline, neutralise: true });
};
