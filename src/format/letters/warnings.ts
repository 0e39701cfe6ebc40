/**
 * Warnings about the inputs of letters, located by row of the list and
 * column: an applicant without a usable e-mail address gets a letter file
 * without a recipient, and the coordinator is told where to look.
 */
import { isMailAddress } from "../../core/letters/email.js";
import type { LettersDocument } from "../../core/letters/letter.js";

export interface LetterWarning {
  file: string;
  /** Row of the list (line of a CSV, row of a sheet); the header's for a missing column. */
  line: number | null;
  column: string;
  message: string;
}

export const letterWarnings = (doc: LettersDocument): LetterWarning[] => {
  const warnings: LetterWarning[] = [];
  for (const c of doc.carry) {
    if (c.index < 0)
      warnings.push({
        file: doc.list,
        line: null,
        column: c.column,
        message: `the list has no column "${c.column}" (named in applicants of the program); its placeholder stays empty`,
      });
  }
  if (doc.emailAt < 0) {
    warnings.push({
      file: doc.list,
      line: null,
      column: "",
      message:
        "the program names no e-mail column (applicants.email), so no letter has a recipient",
    });
    return warnings;
  }
  const email = doc.carry[doc.emailAt]!;
  if (email.index < 0) return warnings;
  warnings.push(
    ...recipientWarnings(
      doc.list,
      email.column,
      doc.entries.map((e) => ({ id: e.id, line: e.line, cell: e.carried[doc.emailAt] ?? "" })),
    ),
  );
  return warnings;
};

/** A warning per letter whose e-mail cell is not one usable address, in the order of the rows. */
export const recipientWarnings = (
  file: string,
  column: string,
  rows: readonly { id: string; line: number; cell: string }[],
): LetterWarning[] =>
  // In the order of the list, as a coordinator goes through it.
  [...rows]
    .sort((a, b) => a.line - b.line)
    .filter((r) => !isMailAddress(r.cell))
    .map((r) => ({
      file,
      line: r.line,
      column,
      message:
        r.cell === ""
          ? `${r.id} has no e-mail address; the letter has no recipient`
          : `${r.id}: "${r.cell.slice(0, 80)}" is not one e-mail address; the letter has no recipient`,
    }));

export const warningText = (w: LetterWarning): string =>
  `warning: ${w.file}${w.line === null ? "" : `:${w.line}`}${w.column ? `, column ${w.column}` : ""}: ${w.message}\n`;

/** The closing line on stderr: how many letters of each outcome went where. */
export const lettersSummary = (
  doc: LettersDocument,
  folder: string,
  withoutRecipient: number,
): string => {
  const counts = new Map<string, number>();
  for (const e of doc.entries) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const parts = [...counts].map(([outcome, n]) => `${n} ${outcome}`).join(", ");
  const n = doc.entries.length;
  return `wrote ${n} letter${n === 1 ? "" : "s"} to ${folder}${parts ? ` (${parts})` : ""}${withoutRecipient > 0 ? `; ${withoutRecipient} without a recipient` : ""}\n`;
};
