import { languageOf } from "../../core/language/index.js";
import type { RosterDocument } from "../../core/progress/roster.js";
import { fitLines } from "../fit-width.js";

/** The line on stderr after a roster is written, in the program's language; wrapped to `width` on a terminal. */
export const rosterSummary = (doc: RosterDocument, target: string, width?: number): string => {
  const w = languageOf(doc.program.locale).rosterProblems;
  const perClass = doc.classes
    ? doc.groups
        .map((g, i) => w.classCount(g.id ?? "", doc.entries.filter((e) => e.group === i).length))
        .join(", ")
    : "";
  return `${fitLines(w.written(doc.entries.length, target, perClass, doc.modules.length), width, 2)}\n`;
};
