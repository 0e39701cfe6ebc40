import type { CellProblemWords } from "../cell-problem-words.js";
import { MONTHS } from "../months/da.js";

export const cellProblems: CellProblemWords = {
  noMonth: (w, m) => `${w} er ikke en gyldig dato: der findes ingen måned ${m}`,
  noDay: (w, y, m, d) => `${w} er ikke en gyldig dato: ${MONTHS[m - 1]} ${y} har kun ${d} dage`,
  invisible: (c, p) =>
    `ansøger-id'et indeholder et usynligt tegn (${c}) på plads ${p}; skriv id'et ind igen`,
  unsavedFormula: (ref, f) =>
    `cellen ${ref} indeholder en formel (=${f}), hvis værdi aldrig er blevet gemt; åbn projektmappen i Excel eller LibreOffice, og gem den, eller skriv værdien ind`,
  choiceUnknown: (w, known, near) =>
    `»${w}« er hverken et hold eller et studiested i programmet; gyldige prioriteter er ${known}${near ? `; mente du »${near}«?` : ""}`,
  anyWord: (w) => `»${w}«`,
  choiceRepeated: (w, earlier, n) =>
    `»${w}« gentager ${n === 1 ? "prioritet" : "prioriteterne"} ${earlier}: den giver ikke adgang til noget hold, som de foregående prioriteter ikke allerede dækker`,
  earlierChoice: (n, w) => `${n} (»${w}«)`,
  and: "og",
  choiceNone: "der er ikke angivet nogen prioritet; angiv mindst ét hold eller studiested",
  choiceGap: (e, g, w, first) =>
    `prioritet ${e} er tom, mens prioritet ${g} (»${w}«) er udfyldt; udfyld prioriteterne i rækkefølge, fra »${first}«`,
};
