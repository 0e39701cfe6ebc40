import type { ProgressWords } from "../progress-words.js";

export const progress: ProgressWords = {
  roster: {
    class: "Class",
    site: "Site",
    sheet: "Participants",
    yesNo: "yes/no",
    daysOf: (days) => `days, of ${days}`,
  },
  status: {
    completed: "completed",
    "on-track": "on track",
    "at-risk": "at risk",
    "not-completed": "not completed",
    invalid: "could not be read",
  },
  unmet: {
    modules: (a, n, t) => `attended ${a} of ${t} modules, at least ${n} required`,
    days: (a, n, t) => `attended ${a} of ${t} days, at least ${n} required`,
    percent: (a, n) => `attended ${a} % of the days, at least ${n} % required`,
    mandatory: (titles) => `missed a mandatory module: ${titles.join("; ")}`,
    outOfReach: (p) => `can no longer be met (at most ${p})`,
    rule: (text, reasons) => (reasons.length > 0 ? `${text} (${reasons.join("; ")})` : text),
    cell: (h, v) => (v ? `"${h}" has a value that cannot be read: "${v}"` : `"${h}" is missing`),
    duplicate: (rows) => `the participant has more than one row (${rows.join(", ")})`,
    notAdmitted: "not admitted in the allocation",
    otherClass: (c) => `the allocation places the participant in ${c}`,
  },
  byHand: "checked by hand",
  tables: {
    participant: "participant",
    status: "status",
    unmet: "not met",
    module: "module",
    date: "date",
    attended: "attended",
    recorded: "recorded",
    participants: "participants",
    requirement: "requirement",
    participantsSheet: "Participants",
    modulesSheet: "Modules",
  },
  summary: (c, asOf) =>
    `as of ${asOf}: ${c.completed} completed, ${c["on-track"]} on track, ${c["at-risk"]} at risk, ${c["not-completed"]} not completed${c.invalid > 0 ? `, ${c.invalid} could not be read` : ""}`,
};
