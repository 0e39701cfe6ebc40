import { quotedList } from "../input-error-words.js";
import type { WarningWords } from "../warning-words.js";

const q = (names: readonly string[]) => quotedList(names, "«", "»");

const IN = { NO: "Noreg", SE: "Sverige", DK: "Danmark", FI: "Finland" } as const;

/** Norway's holidays whose Nynorsk name differs from the Bokmål one the calendar holds. */
const NYNORSK_HOLIDAYS: Record<string, string> = {
  "Arbeidernes dag": "Arbeidarane sin dag",
  Julaften: "Julaftan",
  Nyttårsaften: "Nyttårsaftan",
};

/** Monday first, as the calendar counts. */
const DAYS = ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"];

export const warnings: WarningWords = {
  weekend: (t, d) => `«${t}» fell på helg (${d})`,
  holiday: (t, h, n, c) =>
    `«${t}» fell på ${h}, ${n === 1 ? "ein heilagdag eller heilagdagsaftan" : "heilagdagar eller heilagdagsaftanar"} i ${IN[c]}`,
  overlap: (t, o, d) => `«${t}» overlappar med «${o}» (${d})`,
  programOverlap: (t, o, p, d) => `«${t}» har felles dagar med «${o}» i ${p} (${d})`,
  intake: (id) => `opptak ${id}`,
  intakeClass: (id, c) => `opptak ${id}, klasse ${c}`,
  moduleWeekend: (m, w, d) => `samlinga «${m}» fell på ${DAYS[w]} ${d}`,
  moduleHoliday: (m, h, d, c) =>
    `samlinga «${m}» fell på ${h} (${d}), ein heilagdag eller heilagdagsaftan i ${IN[c]}`,
  spreadMaxUnfillable: (f, c, t) =>
    `maksimuma for fordelinga etter «${f}» gjev til saman ${c} plassar, færre enn dei ${t} plassane totalt`,
  choicesUndeclared: (n) =>
    `opptaket har ${n} ${n === 1 ? "klasse" : "klassar"}, men applicants.choices er ikkje oppgitt, så alle søkjarane godtek kva klasse som helst; oppgi kolonnen med dei prioriterte vala til søkjarane`,
  choicesWithoutClasses: (intakes) =>
    `applicants.choices er oppgitt, men ${intakes ? "ingen opptak har klassar" : "programmet har ingen opptak med klassar"}, så ingen val blir lesne; gje eit opptak klassar eller fjern applicants.choices`,
  illustrativeUnknownKey: (k) => `illustrative nemner «${k}», som ikkje finst i denne fila`,
  hiddenSheetsSkipped: (s, h) =>
    `las arket «${s}»; hoppa over ${h.length === 1 ? "det gøymde arket" : "dei gøymde arka"} ${q(h)} framfor det`,
  yamlBinary:
    "!!binary (base64-data) høyrer ikkje heime i ei programfil; det blir lese som teksten etter taggen",
  yamlUnknownTag: (t) => `taggen ${t} er ukjend; cohort les vanleg YAML utan eigne taggar`,
  yamlValueChanged: (r, v) =>
    `${r} blir lese som talet ${v}; set det i hermeteikn ("${r}") for å halde på det slik det står`,
  holidayName: (name) => NYNORSK_HOLIDAYS[name] ?? name,
};
