/**
 * Check's warnings about leader groups, one line each on stderr, located at
 * the group's first row and the group column:
 * `advarsel: applicants.csv:5: Ledergruppe-ID: …`, in the run's language
 * (the word that starts the program warnings' lines too).
 */
import type { TeamNote } from "../../core/check/teams.js";
import { type Locale, languageOf } from "../../core/language/index.js";

export const teamNoteText = (locale: Locale, note: TeamNote): string => {
  const words = languageOf(locale).teams;
  if (note.kind === "alone") return words.alone(note.team);
  return (note.ofClass ? words.tooBigForClasses : words.tooBigForSeats)(
    note.team,
    note.members,
    note.seats,
  );
};

/**
 * At most this many warnings are printed one by one (docs/reliability.md): a
 * list where every row names a group of its own would otherwise print a line
 * per applicant.
 */
export const MAX_TEAM_NOTES = 20;

export const teamNoteLines = (list: string, locale: Locale, notes: readonly TeamNote[]): string => {
  const words = languageOf(locale);
  const warning = words.decision.summary.warning;
  const shown = notes
    .slice(0, MAX_TEAM_NOTES)
    .map((n) => `${warning}: ${list}:${n.line}: ${n.column}: ${teamNoteText(locale, n)}\n`)
    .join("");
  const more = notes.length - MAX_TEAM_NOTES;
  return more > 0 ? `${shown}${warning}: ${list}: ${words.teams.moreWarnings(more)}\n` : shown;
};
