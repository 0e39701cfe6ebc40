import type { ProgressWords } from "../progress-words.js";

export const progress: ProgressWords = {
  roster: {
    class: "Klasse",
    site: "Stad",
    sheet: "Deltakarar",
    yesNo: "ja/nei",
    daysOf: (days) => `dagar, av ${days}`,
  },
  status: {
    completed: "fullført",
    "on-track": "i rute",
    "at-risk": "i faresona",
    "not-completed": "ikkje fullført",
    invalid: "kunne ikkje lesast",
  },
  unmet: {
    modules: (a, n, t) => `delteke på ${a} av ${t} samlingar, minst ${n} er kravet`,
    days: (a, n, t) => `delteke ${a} av ${t} dagar, minst ${n} er kravet`,
    percent: (a, n) => `delteke ${a} % av dagane, minst ${n} % er kravet`,
    mandatory: (titles) => `ikkje delteke på obligatorisk samling: ${titles.join("; ")}`,
    outOfReach: (p) => `kan ikkje lenger nåast (høgst ${p})`,
    rule: (text, reasons) => (reasons.length > 0 ? `${text} (${reasons.join("; ")})` : text),
    cell: (h, v) => (v ? `«${h}» har ein verdi som ikkje kan lesast: «${v}»` : `«${h}» manglar`),
    duplicate: (rows) => `deltakaren står på fleire rader (${rows.join(", ")})`,
    notAdmitted: "står ikkje som teken opp i tildelinga",
    otherClass: (c) => `tildelinga plasserer deltakaren i ${c}`,
  },
  byHand: "blir kontrollert manuelt",
  tables: {
    participant: "deltakar",
    status: "status",
    unmet: "ikkje oppfylt",
    module: "samling",
    date: "dato",
    attended: "delteke",
    recorded: "registrert",
    participants: "deltakarar",
    requirement: "krav",
    participantsSheet: "Deltakarar",
    modulesSheet: "Samlingar",
  },
  summary: (c, asOf) =>
    `per ${asOf}: ${c.completed} fullført, ${c["on-track"]} i rute, ${c["at-risk"]} i faresona, ${c["not-completed"]} ikkje fullført${c.invalid > 0 ? `, ${c.invalid} kunne ikkje lesast` : ""}`,
};
