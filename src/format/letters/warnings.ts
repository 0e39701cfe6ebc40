/**
 * Warnings about the inputs of letters, located by row of the list and
 * column: an applicant without a usable e-mail address gets a letter file
 * without a recipient, and the coordinator is told where to look. Worded in
 * the program's language (letter-notes/<code>.ts); on a terminal (`width`)
 * each line wraps at spaces.
 */

import { type Locale, languageOf } from "../../core/language/index.js";
import type { Language } from "../../core/language/language.js";
import type { CompletionDocument } from "../../core/letters/completion.js";
import { isMailAddress } from "../../core/letters/email.js";
import type { LettersDocument } from "../../core/letters/letter.js";
import { fitLines } from "../fit-width.js";

export interface LetterWarning {
  file: string;
  /** Row of the list (line of a CSV, row of a sheet); the header's for a missing column. */
  line: number | null;
  column: string;
  message: string;
}

/** A carried column the input lacks (its placeholder stays empty), and a program without an e-mail column. */
const columnWarnings = (
  words: Language["letterNotes"],
  file: string,
  line: number | null,
  carry: LettersDocument["carry"],
  emailAt: number,
  input: "list" | "roster",
): LetterWarning[] => [
  ...carry
    .filter((c) => c.index < 0)
    .map((c) => ({ file, line, column: c.column, message: words.columnMissing(input, c.column) })),
  ...(emailAt < 0 ? [{ file, line, column: "", message: words.noEmailColumn }] : []),
];

export const letterWarnings = (doc: LettersDocument): LetterWarning[] => {
  const words = languageOf(doc.program.locale).letterNotes;
  const warnings = columnWarnings(words, doc.list, null, doc.carry, doc.emailAt, "list");
  if (doc.emailAt < 0) return warnings;
  const email = doc.carry[doc.emailAt]!;
  if (email.index < 0) return warnings;
  warnings.push(
    ...recipientWarnings(
      words,
      doc.list,
      email.column,
      doc.entries.map((e) => ({ id: e.id, line: e.line, cell: e.carried[doc.emailAt] ?? "" })),
    ),
  );
  return warnings;
};

/** A warning per letter whose e-mail cell is not one usable address, in the order of the rows. */
export const recipientWarnings = (
  words: Language["letterNotes"],
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
      message: r.cell === "" ? words.noAddress(r.id) : words.badAddress(r.id, r.cell.slice(0, 80)),
    }));

/** A certificate names its holder: one without a name is worth a look before it is sent. */
const nameWarnings = (words: Language["letterNotes"], doc: CompletionDocument): LetterWarning[] => {
  const certificates = doc.entries.filter((e) => e.progress.status === "completed");
  if (certificates.length === 0) return [];
  if (doc.nameAt < 0)
    return [
      {
        file: doc.roster,
        line: doc.headerLine,
        column: "",
        message: words.noNameColumn,
      },
    ];
  const name = doc.carry[doc.nameAt]!;
  if (name.index < 0) return [];
  return certificates
    .filter((e) => (e.carried[doc.nameAt] ?? "") === "")
    .map((e) => ({
      file: doc.roster,
      line: e.progress.line,
      column: name.column,
      message: words.noName(e.progress.id),
    }));
};

export const completionWarnings = (doc: CompletionDocument): LetterWarning[] => {
  const words = languageOf(doc.program.locale).letterNotes;
  const warnings = [
    ...columnWarnings(words, doc.roster, doc.headerLine, doc.carry, doc.emailAt, "roster"),
    ...nameWarnings(words, doc),
  ];
  if (doc.emailAt < 0) return warnings;
  const email = doc.carry[doc.emailAt]!;
  if (email.index < 0) return warnings;
  warnings.push(
    ...recipientWarnings(
      words,
      doc.roster,
      email.column,
      doc.entries.map((e) => ({
        id: e.progress.id,
        line: e.progress.line,
        cell: e.carried[doc.emailAt] ?? "",
      })),
    ),
  );
  return warnings;
};

/**
 * The program's own templates a run in another language passed over, one
 * warning at the program's template folder. It does not make the exit code
 * 1: the language's defaults are what such a run is documented to write,
 * and a run that means to use them would have nothing to fix. It is told so
 * that a coordinator who meant their own to be used finds out before the
 * letters are sent.
 */
export const passedOverWarnings = (
  doc: Pick<LettersDocument | CompletionDocument, "program" | "passedOver">,
): LetterWarning[] => {
  const passed = doc.passedOver;
  if (!passed) return [];
  const words = languageOf(doc.program.locale).letterNotes;
  return [
    {
      file: passed.folder,
      line: null,
      column: "",
      message: words.passedOver(
        passed.names,
        passed.own,
        doc.program.locale,
        passed.languageFolder,
      ),
    },
  ];
};

/** A warning as a line for stderr: `advarsel: file:row, kolonne «E-post»: words`. */
export const warningText = (w: LetterWarning, locale: Locale, width?: number): string => {
  const language = languageOf(locale);
  const where = `${w.file}${w.line === null ? "" : `:${w.line}`}${w.column ? language.letterNotes.column(w.column) : ""}`;
  return `${fitLines(`${language.decision.summary.warning}: ${where}: ${w.message}`, width, 2)}\n`;
};

/** The closing line on stderr: how many letters of each outcome went where. */
export const lettersSummary = (
  doc: LettersDocument,
  folder: string,
  withoutRecipient: number,
  width?: number,
): string => {
  const language = languageOf(doc.program.locale);
  const w = language.letterNotes;
  const counts = new Map<LettersDocument["entries"][number]["outcome"], number>();
  for (const e of doc.entries) counts.set(e.outcome, (counts.get(e.outcome) ?? 0) + 1);
  const parts = [...counts]
    .map(([outcome, n]) => w.count(n, language.decision.outcomes[outcome]))
    .join(", ");
  return `${fitLines(w.written(doc.entries.length, folder, parts, withoutRecipient), width, 2)}\n`;
};

/**
 * The closing lines of completion letters: how many of each standing went
 * where, who got none and why, and the requirements checked by hand, which
 * a certificate does not vouch for.
 */
export const completionSummary = (
  doc: CompletionDocument,
  folder: string,
  withoutRecipient: number,
  width?: number,
): string => {
  const language = languageOf(doc.program.locale);
  const w = language.letterNotes;
  const status = language.progress.status;
  const counts = new Map<CompletionDocument["entries"][number]["progress"]["status"], number>();
  for (const e of doc.entries)
    counts.set(e.progress.status, (counts.get(e.progress.status) ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => w.count(n, status[s])).join(", ");
  const none = [
    ...(doc.without.onTrack > 0 ? [w.onTrack(doc.without.onTrack, status["on-track"])] : []),
    ...(doc.without.invalid > 0 ? [w.unreadable(doc.without.invalid)] : []),
  ];
  const byHand = doc.report.byHand;
  const certificates = counts.get("completed") ?? 0;
  return [
    w.written(doc.entries.length, folder, parts, withoutRecipient),
    ...(none.length > 0 ? [w.noLetter(none.join(", "))] : []),
    ...(byHand.length > 0 && certificates > 0
      ? [w.byHand(byHand.map((r) => r.id).join(", "))]
      : []),
  ]
    .map((line) => `${fitLines(line, width, 2)}\n`)
    .join("");
};
