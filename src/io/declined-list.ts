/**
 * The list given to `allocate --declined`: one id per line (the first cell of
 * a CSV line); blank lines, `#` comments and a heading are skipped.
 */
import { resolve } from "node:path";
import type { DeclineEntry } from "../core/decision/declines.js";
import { sha256Bytes } from "./hash.js";
import { readBytes } from "./read-file.js";

/** A list of ids: a few kilobytes. The cap stops a wrong file or a device. */
const MAX_DECLINED_BYTES = 16 * 1024 * 1024;

export interface DeclinedList {
  /** Ids in file order, with the line each is on. */
  entries: DeclineEntry[];
  /** SHA-256 of the bytes read, for the audit record. */
  hash: string;
}

export const readDeclinedList = async (
  cwd: string,
  file: string,
  idColumn: string,
): Promise<DeclinedList> => {
  const bytes = await readBytes(resolve(cwd, file), file, MAX_DECLINED_BYTES);
  const entries = bytes
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((text, i) => ({
      id: text
        .split(/[,;\t]/)[0]!
        .trim()
        .replace(/^"(.*)"$/, "$1"),
      line: i + 1,
    }))
    .filter(
      ({ id }, i) =>
        id !== "" &&
        !id.startsWith("#") &&
        !(i === 0 && id.toLowerCase() === idColumn.trim().toLowerCase()),
    );
  return { entries, hash: sha256Bytes(bytes) };
};
