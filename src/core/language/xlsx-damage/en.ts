import type { XlsxDamageWords } from "../xlsx-damage-words.js";

export const xlsxDamage: XlsxDamageWords = {
  "no-directory": () => "the zip archive has no directory (is the file cut short?)",
  directory: () => "its zip directory is damaged",
  entry: (d) => `its entry ${d.entry} is damaged`,
  inflate: (d) => `its entry ${d.entry} does not inflate`,
  method: (d) => `its entry ${d.entry} is compressed in a way Excel does not use`,
  "part-missing": (d) => `it has no ${d.entry}, which every workbook has`,
  contents: () =>
    "its contents are not those of a workbook as Excel saves one (--debug shows what the reader said)",
  "shared-strings-missing": (d) =>
    `it has no ${d.entry}, the part that holds the text of its cells`,
  "sheet-missing": (d) => `it has no ${d.entry}, the part that holds its sheet "${d.sheet}"`,
};
