import type { RosterProblemWords } from "../roster-problem-words.js";

export const rosterProblems: RosterProblemWords = {
  quote: (t) => `”${t}”`,
  idMissing: "deltagaren har inget id",
  classEmpty: (c) => `klassen är inte ifylld; ange en av ${c}`,
  classUnknown: (c) => `ingen klass i antagningsomgången heter så; ange en av ${c}`,
  moduleNotInClass: "utbildningstillfället hör inte till deltagarens klass; lämna cellen tom",
  oneDay: (b) => `ett utbildningstillfälle på en dag fylls i med ja eller nej (${b})`,
  days: (d) =>
    `utbildningstillfället omfattar ${d} dagar; ange hur många dagar deltagaren var med, 0 till ${d}, eller ja (alla dagar) eller nej`,
  columnUnknown: (m) =>
    `rubriken ser ut som ett utbildningstillfälle men stämmer inte med något av ${m}; inget i kolumnen räknas`,
  duplicate: (r) => `deltagaren står på flera rader (rad ${r}); ta bort de överflödiga`,
  notAdmitted: (id, f) => `${id} finns inte bland de antagna i ${f} och får därför ingen status`,
  otherClass: (id, f, placed, own) => `${f} placerar ${id} i klassen ”${placed}”, inte ”${own}”`,
  written: (n, target, perClass, m) =>
    `skrev ${n} deltagare till ${target}${perClass ? ` (${perClass})` : ""}, med ${m} ${m === 1 ? "kolumn" : "kolumner"} för utbildningstillfällen att fylla i`,
  classCount: (c, n) => `${c}: ${n}`,
};
