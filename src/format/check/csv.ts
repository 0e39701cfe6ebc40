import { type CsvRowOptions, csvDialect, csvRow } from "../../io/applicants/csv-writer.js";
import type { CheckFormatter } from "./types.js";

const HEADER = ["id", "line", "verdict", "reasons", "problems"];

/**
 * A spreadsheet-friendly list: reasons and problems joined with " | ". Cells
 * are neutralised against formula injection; the line number is typed numeric.
 */
export const checkCsv = (): CheckFormatter => {
  let options: CsvRowOptions = { neutralise: true, numeric: [1] };
  return {
    begin: (meta) => {
      const { bom, delimiter, newline } = csvDialect(meta.options.excel);
      options = { ...options, delimiter, newline };
      return bom + csvRow(HEADER, { delimiter, newline });
    },
    row: (v) =>
      csvRow(
        [
          v.id,
          String(v.line),
          v.verdict,
          v.reasons.join(" | "),
          v.problems
            .map(
              (p) =>
                `${p.column ? `${p.column}: ` : ""}${p.message}${p.value ? ` (${p.value})` : ""}`,
            )
            .join(" | "),
        ],
        options,
      ),
    end: () => "",
  };
};
