import type { RosterProblemWords } from "../roster-problem-words.js";

export const rosterProblems: RosterProblemWords = {
  quote: (t) => `”${t}”`,
  idMissing: "osallistujalta puuttuu tunnus",
  classEmpty: (c) => `ryhmää ei ole merkitty; kirjoita ${c}`,
  classUnknown: (c) => `hakukierroksella ei ole tämännimistä ryhmää; kirjoita ${c}`,
  moduleNotInClass: "jakso ei kuulu osallistujan ryhmään; jätä solu tyhjäksi",
  oneDay: (b) => `yksipäiväiseen jaksoon merkitään kyllä tai ei (${b})`,
  days: (d) =>
    `jakso kestää ${d} päivää; kirjoita osallistumispäivien määrä (0–${d}) tai kyllä (kaikki päivät) tai ei`,
  columnUnknown: (m) =>
    `otsikko näyttää jakson otsikolta, mutta se ei ole mikään jaksoista ${m}; sarakkeen merkintöjä ei lasketa`,
  duplicate: (r) => `osallistuja on usealla rivillä (rivit ${r}); poista ylimääräiset`,
  notAdmitted: (id, f) =>
    `${id} ei ole hyväksyttyjen joukossa tiedostossa ${f}, joten tilaa ei anneta`,
  otherClass: (id, f, placed, own) =>
    `${f} sijoittaa osallistujan ${id} ryhmään ”${placed}”, ei ryhmään ”${own}”`,
  written: (n, target, perClass, m) =>
    `kirjoitettiin ${n} ${n === 1 ? "osallistuja" : "osallistujaa"} tiedostoon ${target}${perClass ? ` (${perClass})` : ""}, täytettäväksi ${m} ${m === 1 ? "jaksosarake" : "jaksosaraketta"}`,
  classCount: (c, n) => `${c}: ${n}`,
};
