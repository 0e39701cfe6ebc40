/**
 * The files of a letters folder: one letter per applicant in the chosen
 * format, then index.csv (file, id, outcome, e-mail). Yielded one by one, so
 * that a million letters never sit in memory together.
 */
import type { LetterOutcome } from "../../core/language/letter-words.js";
import { isMailAddress } from "../../core/letters/email.js";
import { fileStems } from "../../core/letters/file-names.js";
import type { LettersDocument } from "../../core/letters/letter.js";
import { csvRow } from "../csv.js";
import { emlLetter } from "./eml.js";
import { htmlLetter } from "./html.js";
import { markdownLetter } from "./markdown.js";
import type { LetterFormat } from "./names.js";
import { renderLetter } from "./render.js";
import { type LetterOptions, sharedView, viewOf } from "./view.js";

export interface LetterFile {
  name: string;
  bytes: Uint8Array;
}

export interface LettersOptions extends LetterOptions {
  format: LetterFormat;
  from: { name: string; address: string };
}

const encoder = new TextEncoder();

/** The recipient's address, or null when the cell is empty or not one address. */
export const recipientOf = (doc: LettersDocument, carried: readonly string[]): string | null => {
  const cell = doc.emailAt < 0 ? "" : (carried[doc.emailAt] ?? "");
  return isMailAddress(cell) ? cell : null;
};

export function* letterFiles(
  doc: LettersDocument,
  options: LettersOptions,
): Generator<LetterFile, void, undefined> {
  const shared = sharedView(doc, options);
  const stems = fileStems(doc.entries.map((e) => e.id));
  const index: string[] = [csvRow(["file", "id", "outcome", "email"])];
  const language = doc.program.locale;
  for (let i = 0; i < doc.entries.length; i++) {
    const entry = doc.entries[i]!;
    const letter = renderLetter(
      doc.templates[entry.outcome as LetterOutcome].template,
      viewOf(doc, entry, shared),
    );
    const to = recipientOf(doc, entry.carried);
    const name = doc.nameAt < 0 ? "" : (entry.carried[doc.nameAt] ?? "");
    const file = `${stems[i]}.${options.format}`;
    const text =
      options.format === "eml"
        ? emlLetter(letter, {
            from: options.from,
            to: to ? { name, address: to } : null,
            date: options.date,
            messageId: `${doc.auditSha256.slice(0, 32)}.${stems[i]!.replace(/\./g, "_")}@cohort.invalid`,
            language,
          })
        : options.format === "md"
          ? markdownLetter(letter, to ?? "")
          : htmlLetter(letter, language);
    index.push(csvRow([file, entry.id, entry.outcome, to ?? ""], { neutralise: true }));
    yield { name: file, bytes: encoder.encode(text) };
  }
  yield { name: "index.csv", bytes: encoder.encode(index.join("")) };
}
