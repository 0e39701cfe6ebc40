/**
 * Check's warnings about leader groups, one line each on stderr, located at
 * the group's first row and the group column:
 * `advarsel: applicants.csv:5: Ledergruppe-ID: …`, in the run's language
 * (the word that starts the program warnings' lines too).
 */
import type { TeamNote } from "../../core/check/teams.js";
import { type Locale, languageOf } from "../../core/language/index.js";
import { fitError } from "../input-error.js";
import { terminalText } from "../terminal-text.js";

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

/**
 * The lines, each fitted to `width` on a terminal (stderr's): wrapped at
 * spaces, continuing two spaces in, the list's name and the group's kept
 * whole, so that each still starts with `advarsel: list:row:`. Without a
 * width, one line each, the bytes scripts read.
 */
export const teamNoteLines = (
  list: string,
  locale: Locale,
  notes: readonly TeamNote[],
  width?: number,
): string => {
  const words = languageOf(locale);
  const warning = words.decision.summary.warning;
  const fitted = (line: string, whole: string[]): string =>
    `${width === undefined ? line : fitError(terminalText(line), width, whole.map(terminalText))}\n`;
  const shown = notes
    .slice(0, MAX_TEAM_NOTES)
    .map((n) =>
      fitted(`${warning}: ${list}:${n.line}: ${n.column}: ${teamNoteText(locale, n)}`, [
        list,
        n.team,
      ]),
    )
    .join("");
  const more = notes.length - MAX_TEAM_NOTES;
  return more > 0
    ? `${shown}${fitted(`${warning}: ${list}: ${words.teams.moreWarnings(more)}`, [list])}`
    : shown;
};
