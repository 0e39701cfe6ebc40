import { quotedList } from "../input-error-words.js";
import type { WarningWords } from "../warning-words.js";

const q = (names: readonly string[]) => quotedList(names, "”", "”");

const IN = { NO: "Norge", SE: "Sverige", DK: "Danmark", FI: "Finland" } as const;

/** Monday first, as the calendar counts. */
const DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

export const warnings: WarningWords = {
  weekend: (t, d) => `”${t}” infaller på en helg (${d})`,
  holiday: (t, h, n, c) =>
    `”${t}” infaller på ${h}, ${n === 1 ? "en helgdag eller helgdagsafton" : "helgdagar eller helgdagsaftnar"} i ${IN[c]}`,
  overlap: (t, o, d) => `”${t}” överlappar ”${o}” (${d})`,
  programOverlap: (t, o, p, d) => `”${t}” har dagar gemensamt med ”${o}” i ${p} (${d})`,
  intake: (id) => `antagningsomgång ${id}`,
  intakeClass: (id, c) => `antagningsomgång ${id}, klass ${c}`,
  moduleWeekend: (m, w, d) => `träffen ”${m}” infaller på ${DAYS[w]} ${d}`,
  moduleHoliday: (m, h, d, c) =>
    `träffen ”${m}” infaller på ${h} (${d}), en helgdag eller helgdagsafton i ${IN[c]}`,
  spreadMaxUnfillable: (f, c, t) =>
    `maxvärdena för fördelningen efter ”${f}” ger sammanlagt ${c} platser, färre än de ${t} platserna totalt`,
  choicesUndeclared: (n) =>
    `antagningsomgången har ${n} ${n === 1 ? "klass" : "klasser"}, men applicants.choices är inte angivet, så alla sökande godtar vilken klass som helst; ange kolumnen med de sökandes prioriterade val`,
  choicesWithoutClasses: (intakes) =>
    `applicants.choices är angivet, men ${intakes ? "ingen antagningsomgång har klasser" : "programmet har inga antagningsomgångar med klasser"}, så inga val läses; ge en antagningsomgång klasser eller ta bort applicants.choices`,
  illustrativeUnknownKey: (k) => `illustrative anger ”${k}”, som inte finns i den här filen`,
  hiddenSheetsSkipped: (s, h) =>
    `läste bladet ”${s}”; hoppade över ${h.length === 1 ? "det dolda bladet" : "de dolda bladen"} ${q(h)} före det`,
  yamlBinary:
    "!!binary (base64-data) hör inte hemma i en programfil; det läses som texten efter taggen",
  yamlUnknownTag: (t) => `taggen ${t} är okänd; cohort läser vanlig YAML utan egna taggar`,
  yamlValueChanged: (r, v) =>
    `${r} läses som talet ${v}; sätt det inom citattecken ("${r}") för att behålla det som det står`,
  holidayName: (name) => name,
};
