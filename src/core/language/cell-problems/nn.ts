import type { CellProblemWords } from "../cell-problem-words.js";
import { MONTHS } from "../months/nn.js";

export const cellProblems: CellProblemWords = {
  noMonth: (w, m) => `${w} er ingen gyldig dato: det finst ingen månad ${m}`,
  noDay: (w, y, m, d) => `${w} er ingen gyldig dato: ${MONTHS[m - 1]} ${y} har berre ${d} dagar`,
  invisible: (c, p) =>
    `søkjar-ID-en inneheld eit usynleg teikn (${c}) på plass ${p}; skriv inn ID-en på nytt`,
  unsavedFormula: (ref, f) =>
    `cella ${ref} har ein formel (=${f}) utan lagra verdi; opne arbeidsboka i Excel eller LibreOffice og lagre ho, eller skriv inn verdien`,
  choiceUnknown: (w, known, near) =>
    `«${w}» er verken ein klasse eller ein studiestad i programmet; gyldige val er ${known}${near ? `; meinte du «${near}»?` : ""}`,
  anyWord: (w) => `«${w}»`,
  choiceRepeated: (w, earlier) =>
    `«${w}» gjentek val ${earlier}: det gjev ingen klasse som vala framfor ikkje allereie dekkjer`,
  earlierChoice: (n, w) => `${n} («${w}»)`,
  and: "og",
  choiceNone: "ingen val er fylte ut; skriv inn minst éin klasse eller éin studiestad",
  choiceGap: (e, g, w, first) =>
    `val ${e} er tomt, men val ${g} («${w}») er fylt ut; fyll ut vala i rekkjefølgje, frå «${first}»`,
};
