import type { ProgressWords } from "../progress-words.js";

export const progress: ProgressWords = {
  roster: {
    class: "Klass",
    site: "Ort",
    sheet: "Deltagare",
    yesNo: "ja/nej",
    daysOf: (days) => `dagar, av ${days}`,
  },
  status: {
    completed: "genomförd",
    "on-track": "enligt plan",
    "at-risk": "i riskzonen",
    "not-completed": "inte genomförd",
    invalid: "kunde inte läsas",
  },
  unmet: {
    modules: (a, n, t) => `deltagit i ${a} av ${t} utbildningstillfällen, minst ${n} krävs`,
    days: (a, n, t) => `deltagit ${a} av ${t} dagar, minst ${n} krävs`,
    percent: (a, n) => `deltagit ${a} % av dagarna, minst ${n} % krävs`,
    mandatory: (titles) =>
      `har inte deltagit i obligatoriskt utbildningstillfälle: ${titles.join("; ")}`,
    outOfReach: (p) => `kan inte längre uppnås (högst ${p})`,
    rule: (text, reasons) => (reasons.length > 0 ? `${text} (${reasons.join("; ")})` : text),
    cell: (h, v) => (v ? `”${h}” har ett värde som inte kan läsas: ”${v}”` : `”${h}” saknas`),
    duplicate: (rows) => `deltagaren står på flera rader (${rows.join(", ")})`,
    notAdmitted: "finns inte bland de antagna i fördelningen",
    otherClass: (c) => `fördelningen placerar deltagaren i ${c}`,
  },
  byHand: "kontrolleras manuellt",
  tables: {
    participant: "deltagare",
    status: "status",
    unmet: "inte uppfyllt",
    module: "utbildningstillfälle",
    date: "datum",
    attended: "deltagit",
    recorded: "registrerat",
    participants: "deltagare",
    requirement: "krav",
    participantsSheet: "Deltagare",
    modulesSheet: "Utbildningstillfällen",
  },
  summary: (c, asOf) =>
    `per ${asOf}: ${c.completed} ${c.completed === 1 ? "genomförd" : "genomförda"}, ${c["on-track"]} enligt plan, ${c["at-risk"]} i riskzonen, ${c["not-completed"]} inte ${c["not-completed"] === 1 ? "genomförd" : "genomförda"}${c.invalid > 0 ? `, ${c.invalid} kunde inte läsas` : ""}`,
};
