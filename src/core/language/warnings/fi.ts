import { quotedList } from "../input-error-words.js";
import type { WarningWords } from "../warning-words.js";

const q = (names: readonly string[]) => quotedList(names, "”", "”");

/** In the inessive: "Norjassa". */
const IN = { NO: "Norjassa", SE: "Ruotsissa", DK: "Tanskassa", FI: "Suomessa" } as const;

/** Monday first, as the calendar counts. */
const DAYS = [
  "maanantai",
  "tiistai",
  "keskiviikko",
  "torstai",
  "perjantai",
  "lauantai",
  "sunnuntai",
];

export const warnings: WarningWords = {
  weekend: (t, d) => `”${t}” osuu viikonloppuun (${d})`,
  holiday: (t, h, n, c) =>
    `”${t}” osuu ${n === 1 ? "päivälle" : "päiville"} ${h}, ${n === 1 ? "joka on" : "jotka ovat"} ${IN[c]} ${n === 1 ? "yleinen vapaapäivä tai pyhäpäivän aatto" : "yleisiä vapaapäiviä tai pyhäpäivien aattoja"}`,
  overlap: (t, o, d) => `”${t}” on päällekkäin jakson ”${o}” kanssa (${d})`,
  programOverlap: (t, o, p, d) =>
    `”${t}” osuu samoille päiville kuin ”${o}” ohjelmassa ${p} (${d})`,
  intake: (id) => `hakukierros ${id}`,
  intakeClass: (id, c) => `hakukierros ${id}, ryhmä ${c}`,
  moduleWeekend: (m, w, d) => `lähijakso ”${m}” osuu viikonloppuun (${DAYS[w]} ${d})`,
  moduleHoliday: (m, h, d, c) =>
    `lähijakso ”${m}” osuu päivälle ${h} (${d}), joka on ${IN[c]} yleinen vapaapäivä tai pyhäpäivän aatto`,
  spreadMaxUnfillable: (f, c, t) =>
    `jakauman ”${f}” enimmäismäärät riittävät yhteensä ${c} paikalle, vähemmän kuin kaikkiaan ${t} paikkaa`,
  choicesUndeclared: (n) =>
    `hakukierroksella on ${n} ${n === 1 ? "ryhmä" : "ryhmää"}, mutta applicants.choices puuttuu, joten jokainen hakija hyväksyy minkä tahansa ryhmän; määritä sarake, jossa hakijoiden hakutoiveet ovat`,
  choicesWithoutClasses: (intakes) =>
    `applicants.choices on määritetty, mutta ${intakes ? "millään hakukierroksella ei ole ryhmiä" : "ohjelmassa ei ole hakukierroksia, joilla olisi ryhmiä"}, joten hakutoiveita ei lueta; lisää hakukierrokselle ryhmät tai poista applicants.choices`,
  illustrativeUnknownKey: (k) =>
    `illustrative mainitsee avaimen ”${k}”, jota tässä tiedostossa ei ole`,
  hiddenSheetsSkipped: (s, h) =>
    `luettiin taulukko ”${s}”; sen edellä ${h.length === 1 ? "oleva piilotettu taulukko" : "olevat piilotetut taulukot"} ${q(h)} ohitettiin`,
  yamlBinary:
    "!!binary (base64-dataa) ei kuulu ohjelmatiedostoon; se luetaan tagin jälkeisenä tekstinä",
  yamlUnknownTag: (t) =>
    `tagi ${t} on tuntematon; cohort lukee tavallista YAML:ää ilman omia tageja`,
  yamlValueChanged: (r, v) =>
    `${r} luetaan lukuna ${v}; kirjoita se lainausmerkkeihin ("${r}"), jotta se säilyy sellaisenaan`,
  holidayName: (name) => name,
};
