import type { ProgressWords } from "../progress-words.js";

export const progress: ProgressWords = {
  roster: {
    class: "Ryhmä",
    site: "Paikkakunta",
    sheet: "Osallistujat",
    yesNo: "kyllä/ei",
    daysOf: (days) => `päivät, ${days}:stä`,
  },
  status: {
    completed: "suoritettu",
    "on-track": "etenee suunnitellusti",
    "at-risk": "vaarassa",
    "not-completed": "ei suoritettu",
    invalid: "ei voitu lukea",
  },
  unmet: {
    modules: (a, n, t) => `osallistunut ${a}/${t} jaksoon, vaaditaan vähintään ${n}`,
    days: (a, n, t) => `osallistunut ${a}/${t} päivään, vaaditaan vähintään ${n}`,
    percent: (a, n) => `osallistunut ${a} %:iin päivistä, vaaditaan vähintään ${n} %`,
    mandatory: (titles) => `pakollinen jakso suorittamatta: ${titles.join("; ")}`,
    outOfReach: (p) => `ei ole enää saavutettavissa (enintään ${p})`,
    rule: (text, reasons) => (reasons.length > 0 ? `${text} (${reasons.join("; ")})` : text),
    cell: (h, v) => (v ? `Sarakkeen ”${h}” arvoa ei voi lukea: ”${v}”` : `”${h}” puuttuu`),
    duplicate: (rows) => `osallistuja on usealla rivillä (${rows.join(", ")})`,
    notAdmitted: "ei ole hyväksyttyjen joukossa paikanjaossa",
    otherClass: (c) => `paikanjako sijoittaa osallistujan ryhmään ${c}`,
  },
  byHand: "tarkistetaan käsin",
  tables: {
    participant: "osallistuja",
    status: "tila",
    unmet: "täyttymättä",
    module: "jakso",
    date: "päivämäärä",
    attended: "osallistui",
    recorded: "kirjattu",
    participants: "osallistujat",
    requirement: "vaatimus",
    participantsSheet: "Osallistujat",
    modulesSheet: "Jaksot",
  },
  summary: (c, asOf) =>
    `${asOf}: suoritettu ${c.completed}, etenee suunnitellusti ${c["on-track"]}, vaarassa ${c["at-risk"]}, ei suoritettu ${c["not-completed"]}${c.invalid > 0 ? `, ei voitu lukea ${c.invalid}` : ""}`,
};
