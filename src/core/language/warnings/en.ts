import { quotedList } from "../input-error-words.js";
import type { WarningWords } from "../warning-words.js";

const q = (names: readonly string[]) => quotedList(names, '"', '"');

const IN = { NO: "Norway", SE: "Sweden", DK: "Denmark", FI: "Finland" } as const;

/** Monday first, as the calendar counts. */
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const warnings: WarningWords = {
  weekend: (t, d) => `"${t}" falls on a weekend (${d})`,
  holiday: (t, h, _n, c) => `"${t}" falls on ${h}, a public holiday or holiday eve in ${IN[c]}`,
  overlap: (t, o, d) => `"${t}" overlaps "${o}" (${d})`,
  programOverlap: (t, o, p, d) => `"${t}" shares ${d} with "${o}" of ${p}`,
  intake: (id) => `intake ${id}`,
  intakeClass: (id, c) => `intake ${id}, class ${c}`,
  moduleWeekend: (m, w, d) => `module "${m}" falls on ${DAYS[w]}, ${d}`,
  moduleHoliday: (m, h, d, c) =>
    `module "${m}" falls on ${h} (${d}), a public holiday or holiday eve in ${IN[c]}`,
  spreadMaxUnfillable: (f, c, t) =>
    `spread maximums for "${f}" allow ${c} seats, fewer than the ${t} in total`,
  choicesUndeclared: (n) =>
    `the intake has ${n} class${n === 1 ? "" : "es"} but applicants.choices is not declared, so every applicant accepts any class; declare the column that holds their ranked choices`,
  choicesWithoutClasses: (intakes) =>
    `applicants.choices is declared, but ${intakes ? "no intake has classes" : "the program has no intakes with classes"}, so no choice is read; give an intake classes or remove applicants.choices`,
  illustrativeUnknownKey: (k) => `illustrative names "${k}", which this file does not have`,
  hiddenSheetsSkipped: (s, h) =>
    `read sheet "${s}"; skipped the hidden sheet${h.length === 1 ? "" : "s"} ${q(h)} before it`,
  yamlBinary:
    "!!binary (base64 data) has no place in a program file; it is read as the text after the tag",
  yamlUnknownTag: (t) => `Unresolved tag: ${t}; cohort reads plain YAML without custom tags`,
  yamlValueChanged: (r, v) =>
    `${r} is read as the number ${v}; quote it ("${r}") to keep it as written`,
  holidayName: (name) => name,
};
