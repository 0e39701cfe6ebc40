import type { RosterProblemWords } from "../roster-problem-words.js";

export const rosterProblems: RosterProblemWords = {
  quote: (t) => `«${t}»`,
  idMissing: "deltakaren manglar ID",
  classEmpty: (c) => `klassen er ikkje fylt ut; skriv inn éin av ${c}`,
  classUnknown: (c) => `ingen klasse i opptaket har dette namnet; skriv inn éin av ${c}`,
  moduleNotInClass: "samlinga høyrer ikkje til klassen til deltakaren; lat cella stå tom",
  oneDay: (b) => `ei samling på éin dag blir fylt ut med ja eller nei (${b})`,
  days: (d) =>
    `samlinga varer i ${d} dagar; skriv inn kor mange dagar deltakaren var med, 0 til ${d}, eller ja (alle dagane) eller nei`,
  columnUnknown: (m) =>
    `overskrifta ser ut som ei samling, men stemmer ikkje med nokon av ${m}; ingenting i kolonnen blir rekna med`,
  duplicate: (r) => `deltakaren står på fleire rader (rad ${r}); fjern dei overflødige`,
  notAdmitted: (id, f) => `${id} står ikkje som teken opp i ${f}, og får difor ingen status`,
  otherClass: (id, f, placed, own) => `${f} plasserer ${id} i klassen «${placed}», ikkje «${own}»`,
  written: (n, target, perClass, m) =>
    `skreiv ${n} ${n === 1 ? "deltakar" : "deltakarar"} til ${target}${perClass ? ` (${perClass})` : ""}, med ${m} ${m === 1 ? "samlingskolonne" : "samlingskolonnar"} som skal fyllast ut`,
  classCount: (c, n) => `${c}: ${n}`,
};
