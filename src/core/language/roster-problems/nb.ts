import type { RosterProblemWords } from "../roster-problem-words.js";

export const rosterProblems: RosterProblemWords = {
  quote: (t) => `«${t}»`,
  idMissing: "deltakeren mangler ID",
  classEmpty: (c) => `klassen er ikke fylt ut; skriv inn én av ${c}`,
  classUnknown: (c) => `ingen klasse i opptaket har dette navnet; skriv inn én av ${c}`,
  moduleNotInClass: "samlingen hører ikke til deltakerens klasse; la cellen stå tom",
  oneDay: (b) => `en samling på én dag fylles ut med ja eller nei (${b})`,
  days: (d) =>
    `samlingen varer i ${d} dager; skriv inn hvor mange dager deltakeren var med, 0 til ${d}, eller ja (alle dagene) eller nei`,
  columnUnknown: (m) =>
    `overskriften ser ut som en samling, men stemmer ikke med noen av ${m}; ingenting i kolonnen telles med`,
  duplicate: (r) => `deltakeren står på flere rader (rad ${r}); fjern de overflødige`,
  notAdmitted: (id, f) => `${id} står ikke som tatt opp i ${f}, og får derfor ingen status`,
  otherClass: (id, f, placed, own) => `${f} plasserer ${id} i klassen «${placed}», ikke «${own}»`,
  written: (n, target, perClass, m) =>
    `skrev ${n} ${n === 1 ? "deltaker" : "deltakere"} til ${target}${perClass ? ` (${perClass})` : ""}, med ${m} ${m === 1 ? "samlingskolonne" : "samlingskolonner"} som skal fylles ut`,
  classCount: (c, n) => `${c}: ${n}`,
};
