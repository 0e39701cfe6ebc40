/**
 * A sample of every kind of workbook damage, with the params its words must
 * show: typed by kind, so a new kind is a compile error here until it has one.
 */
import type { XlsxDamage } from "../../../src/core/input-problems.js";

const BY_KIND: {
  readonly [K in XlsxDamage["kind"]]: readonly [Extract<XlsxDamage, { kind: K }>, string[]];
} = {
  "no-directory": [{ kind: "no-directory" }, ["zip"]],
  directory: [{ kind: "directory" }, ["zip"]],
  entry: [{ kind: "entry", entry: "xl/worksheets/sheet1.xml" }, ["xl/worksheets/sheet1.xml"]],
  inflate: [{ kind: "inflate", entry: "xl/workbook.xml" }, ["xl/workbook.xml"]],
  method: [{ kind: "method", entry: "xl/styles.xml" }, ["xl/styles.xml", "Excel"]],
  "part-missing": [{ kind: "part-missing", entry: "[Content_Types].xml" }, ["[Content_Types].xml"]],
  contents: [{ kind: "contents" }, ["Excel", "--debug"]],
  "shared-strings-missing": [
    { kind: "shared-strings-missing", entry: "xl/sharedStrings.xml" },
    ["xl/sharedStrings.xml"],
  ],
  "sheet-missing": [
    { kind: "sheet-missing", entry: "xl/worksheets/sheet1.xml", sheet: "Søkere" },
    ["xl/worksheets/sheet1.xml", "Søkere"],
  ],
};

export const XLSX_DAMAGE_SAMPLES: readonly (readonly [XlsxDamage, string[]])[] =
  Object.values(BY_KIND);
export const XLSX_DAMAGE_BY_KIND = BY_KIND;
