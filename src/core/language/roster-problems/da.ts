import type { RosterProblemWords } from "../roster-problem-words.js";

export const rosterProblems: RosterProblemWords = {
  quote: (t) => `»${t}«`,
  idMissing: "deltageren mangler et id",
  classEmpty: (c) => `holdet er ikke udfyldt; skriv et af ${c}`,
  classUnknown: (c) => `intet af optagets hold har dette navn; skriv et af ${c}`,
  moduleNotInClass: "modulet hører ikke til deltagerens hold; lad cellen stå tom",
  oneDay: (b) => `et modul på én dag udfyldes med ja eller nej (${b})`,
  days: (d) =>
    `modulet varer ${d} dage; skriv, hvor mange dage deltageren var med, 0 til ${d}, eller ja (alle dage) eller nej`,
  columnUnknown: (m) =>
    `overskriften ligner et modul, men svarer ikke til nogen af ${m}; intet i kolonnen tælles med`,
  duplicate: (r) => `deltageren står på flere rækker (række ${r}); slet de overflødige`,
  notAdmitted: (id, f) => `${id} står ikke som optaget i ${f} og får derfor ingen status`,
  otherClass: (id, f, placed, own) => `${f} placerer ${id} på holdet »${placed}«, ikke »${own}«`,
  written: (n, target, perClass, m) =>
    `skrev ${n} ${n === 1 ? "deltager" : "deltagere"} til ${target}${perClass ? ` (${perClass})` : ""}, med ${m} ${m === 1 ? "modulkolonne" : "modulkolonner"}, der skal udfyldes`,
  classCount: (c, n) => `${c}: ${n}`,
};
