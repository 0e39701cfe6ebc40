import type { ProgressWords } from "../progress-words.js";

export const progress: ProgressWords = {
  roster: {
    class: "Hold",
    site: "Sted",
    sheet: "Deltagere",
    yesNo: "ja/nej",
    daysOf: (days) => `dage, af ${days}`,
  },
  status: {
    completed: "gennemført",
    "on-track": "på rette spor",
    "at-risk": "i risikozonen",
    "not-completed": "ikke gennemført",
    invalid: "kunne ikke læses",
  },
  unmet: {
    modules: (a, n, t) => `deltaget i ${a} af ${t} moduler, mindst ${n} kræves`,
    days: (a, n, t) => `deltaget ${a} af ${t} dage, mindst ${n} kræves`,
    percent: (a, n) => `deltaget ${a} % af dagene, mindst ${n} % kræves`,
    mandatory: (titles) => `har ikke deltaget i obligatorisk modul: ${titles.join("; ")}`,
    outOfReach: (p) => `kan ikke længere nås (højst ${p})`,
    rule: (text, reasons) => (reasons.length > 0 ? `${text} (${reasons.join("; ")})` : text),
    cell: (h, v) => (v ? `»${h}« har en værdi, der ikke kan læses: »${v}«` : `»${h}« mangler`),
    duplicate: (rows) => `deltageren står på flere rækker (${rows.join(", ")})`,
    notAdmitted: "står ikke som optaget i fordelingen",
    otherClass: (c) => `fordelingen placerer deltageren på ${c}`,
  },
  byHand: "kontrolleres manuelt",
  tables: {
    participant: "deltager",
    status: "status",
    unmet: "ikke opfyldt",
    module: "modul",
    date: "dato",
    attended: "deltaget",
    recorded: "registreret",
    participants: "deltagere",
    requirement: "krav",
    participantsSheet: "Deltagere",
    modulesSheet: "Moduler",
  },
  summary: (c, asOf) =>
    `pr. ${asOf}: ${c.completed} gennemført, ${c["on-track"]} på rette spor, ${c["at-risk"]} i risikozonen, ${c["not-completed"]} ikke gennemført${c.invalid > 0 ? `, ${c.invalid} kunne ikke læses` : ""}`,
};
