import { quotedList } from "../input-error-words.js";
import type { WarningWords } from "../warning-words.js";

const q = (names: readonly string[]) => quotedList(names, "»", "«");

const IN = { NO: "Norge", SE: "Sverige", DK: "Danmark", FI: "Finland" } as const;

/** Monday first, as the calendar counts. */
const DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

export const warnings: WarningWords = {
  weekend: (t, d) => `»${t}« falder på en lørdag eller søndag (${d})`,
  holiday: (t, h, n, c) =>
    `»${t}« falder på ${h}, ${n === 1 ? "en helligdag eller helligaften" : "helligdage eller helligaftener"} i ${IN[c]}`,
  overlap: (t, o, d) => `»${t}« overlapper »${o}« (${d})`,
  programOverlap: (t, o, p, d) => `»${t}« har dage til fælles med »${o}« i ${p} (${d})`,
  intake: (id) => `optag ${id}`,
  intakeClass: (id, c) => `optag ${id}, hold ${c}`,
  moduleWeekend: (m, w, d) => `samlingen »${m}« falder på ${DAYS[w]} den ${d}`,
  moduleHoliday: (m, h, d, c) =>
    `samlingen »${m}« falder på ${h} (${d}), en helligdag eller helligaften i ${IN[c]}`,
  spreadMaxUnfillable: (f, c, t) =>
    `maksimummerne for fordelingen efter »${f}« giver tilsammen ${c} pladser, færre end de ${t} pladser i alt`,
  choicesUndeclared: (n) =>
    `optaget har ${n} hold, men applicants.choices er ikke angivet, så alle ansøgere accepterer et hvilket som helst hold; angiv kolonnen med ansøgernes prioriteter`,
  choicesWithoutClasses: (intakes) =>
    `applicants.choices er angivet, men ${intakes ? "intet optag har hold" : "programmet har ingen optag med hold"}, så ingen prioriteter bliver læst; giv et optag hold, eller fjern applicants.choices`,
  illustrativeUnknownKey: (k) => `illustrative nævner »${k}«, som ikke findes i denne fil`,
  hiddenSheetsSkipped: (s, h) =>
    `læste arket »${s}«; sprang ${h.length === 1 ? "det skjulte ark" : "de skjulte ark"} ${q(h)} over, som ligger før det`,
  yamlBinary:
    "!!binary (base64-data) hører ikke hjemme i en programfil; det læses som teksten efter tagget",
  yamlUnknownTag: (t) => `tagget ${t} er ukendt; cohort læser almindelig YAML uden egne tags`,
  yamlValueChanged: (r, v) =>
    `${r} læses som tallet ${v}; sæt det i anførselstegn ("${r}") for at beholde det, som det står`,
  holidayName: (name) => name,
};
