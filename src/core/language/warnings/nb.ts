import { quotedList } from "../input-error-words.js";
import type { WarningWords } from "../warning-words.js";

const q = (names: readonly string[]) => quotedList(names, "«", "»");

const IN = { NO: "Norge", SE: "Sverige", DK: "Danmark", FI: "Finland" } as const;

/** Monday first, as the calendar counts. */
const DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];

export const warnings: WarningWords = {
  weekend: (t, d) => `«${t}» faller på helg (${d})`,
  holiday: (t, h, n, c) =>
    `«${t}» faller på ${h}, ${n === 1 ? "en helligdag eller helligdagsaften" : "helligdager eller helligdagsaftener"} i ${IN[c]}`,
  overlap: (t, o, d) => `«${t}» overlapper med «${o}» (${d})`,
  programOverlap: (t, o, p, d) => `«${t}» har felles dager med «${o}» i ${p} (${d})`,
  intake: (id) => `opptak ${id}`,
  intakeClass: (id, c) => `opptak ${id}, klasse ${c}`,
  moduleWeekend: (m, w, d) => `samlingen «${m}» faller på ${DAYS[w]} ${d}`,
  moduleHoliday: (m, h, d, c) =>
    `samlingen «${m}» faller på ${h} (${d}), en helligdag eller helligdagsaften i ${IN[c]}`,
  spreadMaxUnfillable: (f, c, t) =>
    `maksimumene for fordelingen etter «${f}» gir til sammen ${c} plasser, færre enn de ${t} plassene totalt`,
  choicesUndeclared: (n) =>
    `opptaket har ${n} ${n === 1 ? "klasse" : "klasser"}, men applicants.choices er ikke oppgitt, så alle søkere godtar hvilken som helst klasse; oppgi kolonnen med søkernes prioriterte valg`,
  choicesWithoutClasses: (intakes) =>
    `applicants.choices er oppgitt, men ${intakes ? "ingen opptak har klasser" : "programmet har ingen opptak med klasser"}, så ingen valg blir lest; gi et opptak klasser eller fjern applicants.choices`,
  illustrativeUnknownKey: (k) => `illustrative nevner «${k}», som ikke finnes i denne filen`,
  hiddenSheetsSkipped: (s, h) =>
    `leste arket «${s}»; hoppet over ${h.length === 1 ? "det skjulte arket" : "de skjulte arkene"} ${q(h)} foran det`,
  yamlBinary:
    "!!binary (base64-data) hører ikke hjemme i en programfil; det leses som teksten etter taggen",
  yamlUnknownTag: (t) => `taggen ${t} er ukjent; cohort leser vanlig YAML uten egne tagger`,
  yamlValueChanged: (r, v) =>
    `${r} leses som tallet ${v}; sett det i anførselstegn ("${r}") for å beholde det slik det står`,
  holidayName: (name) => name,
};
