/** The files of a decision letters folder: one letter per applicant, then index.csv. */
import type { LetterOutcome } from "../../core/language/letter-words.js";
import { isMailAddress } from "../../core/letters/email.js";
import type { LettersDocument } from "../../core/letters/letter.js";
import { folderFiles, type LetterFile } from "./folder.js";
import type { LetterFormat } from "./names.js";
import { renderLetter } from "./render.js";
import { type LetterOptions, sharedView, viewOf } from "./view.js";

export type { LetterFile } from "./folder.js";

export interface LettersOptions extends LetterOptions {
  format: LetterFormat;
  from: { name: string; address: string };
}

/** The recipient's address, or null when the cell is empty or not one address. */
export const recipientOf = (doc: LettersDocument, carried: readonly string[]): string | null => {
  const cell = doc.emailAt < 0 ? "" : (carried[doc.emailAt] ?? "");
  return isMailAddress(cell) ? cell : null;
};

export const letterFiles = (
  doc: LettersDocument,
  options: LettersOptions,
): Generator<LetterFile, void, undefined> => {
  const shared = sharedView(doc, options);
  return folderFiles(
    doc.entries.map((e) => e.id),
    (i) => {
      const entry = doc.entries[i]!;
      return {
        kind: entry.outcome,
        letter: renderLetter(
          doc.templates[entry.outcome as LetterOutcome].template,
          viewOf(doc, entry, shared),
        ),
        to: recipientOf(doc, entry.carried),
        name: doc.nameAt < 0 ? "" : (entry.carried[doc.nameAt] ?? ""),
      };
    },
    {
      format: options.format,
      date: options.date,
      from: options.from,
      language: doc.program.locale,
      seed: doc.auditSha256,
      kindColumn: "outcome",
    },
  );
};
