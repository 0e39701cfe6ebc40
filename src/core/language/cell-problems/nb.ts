import type { CellProblemWords } from "../cell-problem-words.js";
import { MONTHS } from "../months/nb.js";

export const cellProblems: CellProblemWords = {
  noMonth: (w, m) => `${w} er ingen gyldig dato: det finnes ingen måned ${m}`,
  noDay: (w, y, m, d) => `${w} er ingen gyldig dato: ${MONTHS[m - 1]} ${y} har bare ${d} dager`,
  invisible: (c, p) =>
    `søker-ID-en inneholder et usynlig tegn (${c}) på plass ${p}; skriv inn ID-en på nytt`,
  unsavedFormula: (ref, f) =>
    `cellen ${ref} har en formel (=${f}) uten lagret verdi; åpne arbeidsboken i Excel eller LibreOffice og lagre den, eller skriv inn verdien`,
  choiceUnknown: (w, known, near) =>
    `«${w}» er verken en klasse eller et studiested i programmet; gyldige valg er ${known}${near ? `; mente du «${near}»?` : ""}`,
  anyWord: (w) => `«${w}»`,
  choiceRepeated: (w, earlier) =>
    `«${w}» gjentar valg ${earlier}: det gir ingen klasse som valgene foran ikke allerede dekker`,
  earlierChoice: (n, w) => `${n} («${w}»)`,
  and: "og",
  choiceNone: "ingen valg er oppgitt; oppgi minst én klasse eller ett studiested",
  choiceGap: (e, g, w, first) =>
    `valg ${e} er tomt, men valg ${g} («${w}») er fylt ut; fyll ut valgene i rekkefølge, fra «${first}»`,
};
