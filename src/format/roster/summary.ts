import type { RosterDocument } from "../../core/progress/roster.js";

/** The line on stderr after a roster is written. */
export const rosterSummary = (doc: RosterDocument, target: string): string => {
  const n = doc.entries.length;
  const classes = doc.classes
    ? doc.groups
        .map((g, i) => `${g.id} ${doc.entries.filter((e) => e.group === i).length}`)
        .join(", ")
    : "";
  return `wrote ${n} participant${n === 1 ? "" : "s"} to ${target}${classes ? ` (${classes})` : ""}, ${doc.modules.length} module column${doc.modules.length === 1 ? "" : "s"} to fill in\n`;
};
