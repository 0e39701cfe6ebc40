import type { RosterProblemWords } from "../roster-problem-words.js";

const s = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The same sentences as the English `message` JSON writes. */
export const rosterProblems: RosterProblemWords = {
  quote: (t) => `"${t}"`,
  idMissing: "the participant has no id",
  classEmpty: (c) => `the class is empty; write one of ${c}`,
  classUnknown: (c) => `no class of the intake has this name; write one of ${c}`,
  moduleNotInClass: "this module is not one of the participant's class; leave the cell empty",
  oneDay: (b) => `a one-day module is filled in with yes or no (${b})`,
  days: (d) =>
    `this module has ${d} days; write the days attended, 0 to ${d}, or yes (every day) or no`,
  columnUnknown: (m) =>
    `the header reads like a module's but matches none of ${m}; nothing in the column is counted`,
  duplicate: (r) => `the participant has more than one row (rows ${r}); keep one`,
  notAdmitted: (id, f) => `${id} is not admitted in ${f}; no status is given`,
  otherClass: (id, f, placed, own) => `${f} places ${id} in class "${placed}", not "${own}"`,
  written: (n, target, perClass, m) =>
    `wrote ${s(n, "participant")} to ${target}${perClass ? ` (${perClass})` : ""}, ${s(m, "module column")} to fill in`,
  classCount: (c, n) => `${c} ${n}`,
};
