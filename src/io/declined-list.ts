/**
 * The list given to `allocate --declined`: one id per line (the first cell of
 * a CSV line); blank lines, `#` comments and a heading are skipped.
 *
 * It is often saved by hand or from Excel, so it is read the way such files
 * come: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
 * "Unicode text"), Windows-1252 when it is not UTF-8; lines end with LF, CRLF
 * or a lone CR (old Mac files). What cannot be text (a NUL byte, UTF-16
 * without a byte-order mark) is refused at its line, never read as ids.
 */
import { resolve } from "node:path";
import { TextDecoder } from "node:util";
import type { DeclineEntry } from "../core/decision/declines.js";
import { inputError } from "../errors.js";
import { decodeWindows1252 } from "./applicants/decode.js";
import { sha256Bytes } from "./hash.js";
import { readBytes } from "./read-file.js";

/** A list of ids: a few kilobytes. The cap stops a wrong file or a device. */
export const MAX_DECLINED_BYTES = 16 * 1024 * 1024;

export interface DeclinedList {
  /** Ids in file order, with the line each is on. */
  entries: DeclineEntry[];
  /** SHA-256 of the bytes read, for the audit record. */
  hash: string;
}

/** LF, CRLF or a lone CR: each ends one line. */
const LINE_END = /\r\n|\r|\n/;

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
};

/** The text of the list, or a located refusal of what is not text. */
export const decodeDeclined = (bytes: Uint8Array, display: string): string => {
  const b = bytes;
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const encoding = b[0] === 0xff ? "utf-16le" : "utf-16be";
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(b);
    } catch {
      throw inputError({ code: "declined-utf16-invalid", file: display });
    }
  }
  const nul = b.indexOf(0);
  if (nul >= 0) {
    // ASCII in UTF-16 has a NUL in every other byte; without a byte-order mark
    // its byte order is a guess, so it is refused rather than guessed.
    const head = b.subarray(0, 64);
    let zeros = 0;
    for (let i = nul & 1; i < head.length; i += 2) if (head[i] === 0) zeros++;
    if (nul < 2 && zeros * 4 >= head.length)
      throw inputError({ code: "declined-utf16-no-bom", file: display });
    const before = Buffer.from(b.subarray(0, nul)).toString("latin1");
    const line = lineAt(before, nul);
    const start = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
    // Columns count bytes after the line's start (and after a byte-order mark).
    const bom = start < 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
    const column = nul - start - bom;
    throw inputError(
      { code: "declined-nul" },
      {
        file: display,
        line,
        column,
      },
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(b);
  } catch {
    return decodeWindows1252(b);
  }
};

export const readDeclinedList = async (
  cwd: string,
  file: string,
  idColumn: string,
): Promise<DeclinedList> => {
  const bytes = await readBytes(resolve(cwd, file), file, MAX_DECLINED_BYTES);
  const heading = idColumn.trim().toLowerCase();
  const entries: DeclineEntry[] = [];
  let first = true;
  decodeDeclined(bytes, file)
    .split(LINE_END)
    .forEach((text, i) => {
      const id = text
        .split(/[,;\t]/)[0]!
        .trim()
        .replace(/^"(.*)"$/, "$1");
      if (id === "" || id.startsWith("#")) return;
      const isHeading = first && id.toLowerCase() === heading;
      first = false;
      if (!isHeading) entries.push({ id, line: i + 1 });
    });
  return { entries, hash: sha256Bytes(bytes) };
};
