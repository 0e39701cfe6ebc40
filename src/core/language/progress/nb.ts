import type { ProgressWords } from "../progress-words.js";

export const progress: ProgressWords = {
  roster: {
    class: "Klasse",
    site: "Sted",
    sheet: "Deltakere",
    yesNo: "ja/nei",
    daysOf: (days) => `dager, av ${days}`,
  },
  status: {
    completed: "fullført",
    "on-track": "i rute",
    "at-risk": "i faresonen",
    "not-completed": "ikke fullført",
    invalid: "kunne ikke leses",
  },
  unmet: {
    modules: (a, n, t) => `deltatt på ${a} av ${t} samlinger, minst ${n} kreves`,
    days: (a, n, t) => `deltatt ${a} av ${t} dager, minst ${n} kreves`,
    percent: (a, n) => `deltatt ${a} % av dagene, minst ${n} % kreves`,
    mandatory: (titles) => `ikke deltatt på obligatorisk samling: ${titles.join("; ")}`,
    outOfReach: (p) => `kan ikke lenger nås (høyst ${p})`,
    rule: (text, reasons) => (reasons.length > 0 ? `${text} (${reasons.join("; ")})` : text),
    cell: (h, v) => (v ? `«${h}» har en verdi som ikke kan leses: «${v}»` : `«${h}» mangler`),
    duplicate: (rows) => `deltakeren står på flere rader (${rows.join(", ")})`,
    notAdmitted: "står ikke som tatt opp i tildelingen",
    otherClass: (c) => `tildelingen plasserer deltakeren i ${c}`,
  },
  byHand: "kontrolleres manuelt",
  tables: {
    participant: "deltaker",
    status: "status",
    unmet: "ikke oppfylt",
    module: "samling",
    date: "dato",
    attended: "deltatt",
    recorded: "registrert",
    participants: "deltakere",
    requirement: "krav",
    participantsSheet: "Deltakere",
    modulesSheet: "Samlinger",
  },
  summary: (c, asOf) =>
    `per ${asOf}: ${c.completed} fullført, ${c["on-track"]} i rute, ${c["at-risk"]} i faresonen, ${c["not-completed"]} ikke fullført${c.invalid > 0 ? `, ${c.invalid} kunne ikke leses` : ""}`,
};
