import type { CellProblemWords } from "../cell-problem-words.js";
import { IN_MONTH } from "../months/fi.js";

export const cellProblems: CellProblemWords = {
  noMonth: (w, m) => `${w} ei ole kelvollinen päivämäärä: kuukautta ${m} ei ole`,
  noDay: (w, y, m, d) =>
    `${w} ei ole kelvollinen päivämäärä: ${IN_MONTH[m - 1]} ${y} on vain ${d} päivää`,
  invisible: (c, p) =>
    `hakijan tunnuksessa on näkymätön merkki (${c}) kohdassa ${p}; kirjoita tunnus uudelleen`,
  unsavedFormula: (ref, f) =>
    `solussa ${ref} on kaava (=${f}), jonka arvoa ei ole koskaan tallennettu; avaa työkirja Excelissä tai LibreOfficessa ja tallenna se, tai kirjoita arvo soluun`,
  choiceUnknown: (w, known, near) =>
    `”${w}” ei ole ohjelman ryhmä eikä paikkakunta; mahdollisia hakutoiveita ovat ${known}${near ? `; tarkoititko ”${near}”?` : ""}`,
  anyWord: (w) => `”${w}”`,
  choiceRepeated: (w, earlier, n) =>
    `”${w}” toistaa ${n === 1 ? "hakutoiveen" : "hakutoiveet"} ${earlier}: se ei tuo yhtään ryhmää, jota aiemmat hakutoiveet eivät jo kata`,
  earlierChoice: (n, w) => `${n} (”${w}”)`,
  and: "ja",
  choiceNone: "hakutoiveita ei ole annettu; anna vähintään yksi ryhmä tai paikkakunta",
  choiceGap: (e, g, w, first) =>
    `hakutoive ${e} on tyhjä, vaikka hakutoive ${g} (”${w}”) on annettu; täytä hakutoiveet järjestyksessä sarakkeesta ”${first}” alkaen`,
};
