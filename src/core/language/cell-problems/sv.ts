import type { CellProblemWords } from "../cell-problem-words.js";
import { MONTHS } from "../months/sv.js";

export const cellProblems: CellProblemWords = {
  noMonth: (w, m) => `${w} är inget giltigt datum: det finns ingen månad ${m}`,
  noDay: (w, y, m, d) => `${w} är inget giltigt datum: ${MONTHS[m - 1]} ${y} har bara ${d} dagar`,
  invisible: (c, p) =>
    `sökande-id:t innehåller ett osynligt tecken (${c}) på position ${p}; skriv in id:t på nytt`,
  unsavedFormula: (ref, f) =>
    `cellen ${ref} innehåller en formel (=${f}) vars värde aldrig har sparats; öppna arbetsboken i Excel eller LibreOffice och spara den, eller skriv in värdet`,
  choiceUnknown: (w, known, near) =>
    `”${w}” är varken en klass eller en studieort i programmet; giltiga val är ${known}${near ? `; menade du ”${near}”?` : ""}`,
  anyWord: (w) => `”${w}”`,
  choiceRepeated: (w, earlier) =>
    `”${w}” upprepar val ${earlier}: det ger ingen klass som valen före inte redan omfattar`,
  earlierChoice: (n, w) => `${n} (”${w}”)`,
  and: "och",
  choiceNone: "inget val är angivet; ange minst en klass eller studieort",
  choiceGap: (e, g, w, first) =>
    `val ${e} är tomt men val ${g} (”${w}”) är ifyllt; fyll i valen i ordning, från ”${first}”`,
};
