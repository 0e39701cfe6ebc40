/**
 * The files of a letters folder, whatever the letters are (decisions,
 * certificates, reminders): one letter per person in the chosen format, then
 * index.csv (file, id, the letter's kind, e-mail). Yielded one by one, so
 * that a million letters never sit in memory together.
 */
import type { IsoDate } from "../../core/calendar/date.js";
import { fileStems } from "../../core/letters/file-names.js";
import { csvRow } from "../csv.js";
import { emlLetter } from "./eml.js";
import { htmlLetter } from "./html.js";
import { markdownLetter } from "./markdown.js";
import type { LetterFormat } from "./names.js";
import type { RenderedLetter } from "./render.js";

export interface LetterFile {
  name: string;
  bytes: Uint8Array;
}

export interface FolderLetter {
  /** What the index says the letter is: the outcome or the standing. */
  kind: string;
  letter: RenderedLetter;
  /** The recipient's address, or null when the letter has none. */
  to: string | null;
  /** The recipient's name for the To header. */
  name: string;
}

export interface FolderOptions {
  format: LetterFormat;
  /** The Date header. */
  date: IsoDate;
  from: { name: string; address: string };
  language: string;
  /** What Message-IDs are made from: a SHA-256 (hex) of the input the letters come from. */
  seed: string;
  /** The index's header of the kind column: "outcome" for decisions, "status" for completion. */
  kindColumn: string;
}

const encoder = new TextEncoder();

export function* folderFiles(
  /** One id per letter, in the order of the letters. */
  ids: readonly string[],
  letterAt: (i: number) => FolderLetter,
  options: FolderOptions,
): Generator<LetterFile, void, undefined> {
  const stems = fileStems(ids);
  const index: string[] = [csvRow(["file", "id", options.kindColumn, "email"])];
  for (let i = 0; i < ids.length; i++) {
    const { kind, letter, to, name } = letterAt(i);
    const file = `${stems[i]}.${options.format}`;
    const text =
      options.format === "eml"
        ? emlLetter(letter, {
            from: options.from,
            to: to ? { name, address: to } : null,
            date: options.date,
            messageId: `${options.seed.slice(0, 32)}.${stems[i]!.replace(/\./g, "_")}@cohort.invalid`,
            language: options.language,
          })
        : options.format === "md"
          ? markdownLetter(letter, to ?? "")
          : htmlLetter(letter, options.language);
    index.push(csvRow([file, ids[i]!, kind, to ?? ""], { neutralise: true }));
    yield { name: file, bytes: encoder.encode(text) };
  }
  yield { name: "index.csv", bytes: encoder.encode(index.join("")) };
}
