/**
 * The intake and class a schedule entry shows, in the coordinator's own words
 * (their labels and sites): "2027 · Bergen A (Bergen)". Empty for a program
 * without intakes, so its output is what it always was.
 */
import type { ProgramSchedule } from "../../core/schedule/schedule.js";

export const unitParts = (p: ProgramSchedule): string[] => [
  ...(p.intake ? [p.intake.label] : []),
  ...(p.class ? [`${p.class.label} (${p.class.site})`] : []),
];

/** " · 2027 · Bergen A (Bergen)", or "" without intakes. */
export const unitSuffix = (p: ProgramSchedule): string =>
  unitParts(p)
    .map((part) => ` · ${part}`)
    .join("");

/** The part of an ics UID that keeps intakes and classes apart: "2027.bergen-a." or "". */
export const unitUid = (p: ProgramSchedule): string =>
  [...(p.class ? [p.class.id] : []), ...(p.intake ? [p.intake.id] : [])]
    .map((id) => `${id}.`)
    .join("");
