import type { CellProblemWords } from "../cell-problem-words.js";
import { MONTHS } from "../months/en.js";

/** The same sentences as the English `message` JSON writes. */
export const cellProblems: CellProblemWords = {
  noMonth: (w, m) => `${w} is not a date: there is no month ${m}`,
  noDay: (w, y, m, d) => `${w} is not a date: ${MONTHS[m - 1]} ${y} has ${d} days`,
  invisible: (c, p) =>
    `the applicant id holds an invisible character (${c}) at position ${p}; type the id again`,
  unsavedFormula: (ref, f) =>
    `the cell ${ref} holds a formula (=${f}) whose value was never saved; open the workbook in Excel or LibreOffice and save it, or type the value`,
  choiceUnknown: (w, known, near) =>
    `"${w}" names no class or site of the intake; expected ${known}${near ? `; did you mean "${near}"?` : ""}`,
  anyWord: (w) => `"${w}"`,
  choiceRepeated: (w, earlier, n) =>
    `"${w}" repeats choice${n === 1 ? "" : "s"} ${earlier}: it adds no class the choices before it did not already allow`,
  earlierChoice: (n, w) => `${n} ("${w}")`,
  and: "and",
  choiceNone: "no choice is given; name at least one class or site",
  choiceGap: (e, g, w, first) =>
    `choice ${e} is empty while choice ${g} ("${w}") is given; fill the choices in order, from "${first}"`,
};
