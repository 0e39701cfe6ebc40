/**
 * Warnings about the inputs of letters, located by row of the list and
 * column: an applicant without a usable e-mail address gets a letter file
 * without a recipient, and the coordinator is told where to look.
 */

import type { CompletionDocument } from "../../core/letters/completion.js";
import { isMailAddress } from "../../core/letters/email.js";
import type { LettersDocument } from "../../core/letters/letter.js";

export interface LetterWarning {
  file: string;
  /** Row of the list (line of a CSV, row of a sheet); the header's for a missing column. */
  line: number | null;
  column: string;
  message: string;
}

/** A carried column the input lacks (its placeholder stays empty), and a program without an e-mail column. */
const columnWarnings = (
  file: string,
  line: number | null,
  carry: LettersDocument["carry"],
  emailAt: number,
  input: string,
): LetterWarning[] => [
  ...carry
    .filter((c) => c.index < 0)
    .map((c) => ({
      file,
      line,
      column: c.column,
      message: `the ${input} has no column "${c.column}" (named in applicants of the program); its placeholder stays empty`,
    })),
  ...(emailAt < 0
    ? [
        {
          file,
          line,
          column: "",
          message:
            "the program names no e-mail column (applicants.email), so no letter has a recipient",
        },
      ]
    : []),
];

export const letterWarnings = (doc: LettersDocument): LetterWarning[] => {
  const warnings = columnWarnings(doc.list, null, doc.carry, doc.emailAt, "list");
  if (doc.emailAt < 0) return warnings;
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

/** A certificate names its holder: one without a name is worth a look before it is sent. */
const nameWarnings = (doc: CompletionDocument): LetterWarning[] => {
  const certificates = doc.entries.filter((e) => e.progress.status === "completed");
  if (certificates.length === 0) return [];
  if (doc.nameAt < 0)
    return [
      {
        file: doc.roster,
        line: doc.headerLine,
        column: "",
        message:
          "the program names no name column (applicants.name), so the certificates name the participants by id",
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
      message: `${e.progress.id} has no name; the certificate names them by id`,
    }));
};

export const completionWarnings = (doc: CompletionDocument): LetterWarning[] => {
  const warnings = [
    ...columnWarnings(doc.roster, doc.headerLine, doc.carry, doc.emailAt, "roster"),
    ...nameWarnings(doc),
  ];
  if (doc.emailAt < 0) return warnings;
  const email = doc.carry[doc.emailAt]!;
  if (email.index < 0) return warnings;
  warnings.push(
    ...recipientWarnings(
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

/**
 * The closing line of completion letters: how many of each standing went
 * where, who got none and why, and the requirements checked by hand, which
 * a certificate does not vouch for.
 */
export const completionSummary = (
  doc: CompletionDocument,
  folder: string,
  withoutRecipient: number,
): string => {
  const counts = new Map<string, number>();
  for (const e of doc.entries)
    counts.set(e.progress.status, (counts.get(e.progress.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${status}`).join(", ");
  const n = doc.entries.length;
  const none = [
    ...(doc.without.onTrack > 0 ? [`${doc.without.onTrack} on-track (--all writes theirs)`] : []),
    ...(doc.without.invalid > 0
      ? [`${doc.without.invalid} whose row could not be read (see above)`]
      : []),
  ];
  const byHand = doc.report.byHand;
  const certificates = counts.get("completed") ?? 0;
  return [
    `wrote ${n} letter${n === 1 ? "" : "s"} to ${folder}${parts ? ` (${parts})` : ""}${withoutRecipient > 0 ? `; ${withoutRecipient} without a recipient` : ""}\n`,
    ...(none.length > 0 ? [`no letter for ${none.join(", ")}\n`] : []),
    ...(byHand.length > 0 && certificates > 0
      ? [
          `checked by hand, not by cohort: ${byHand.map((r) => r.id).join(", ")}; confirm before sending the certificates\n`,
        ]
      : []),
  ].join("");
};
