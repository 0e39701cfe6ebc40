/**
 * Bytes of a CSV -> text, piece by piece: the BOM, the choice between UTF-8 and
 * Windows-1252, and refusing what is not text (NUL bytes, UTF-16, zip files).
 *
 * Detection needs no look-ahead: while every byte so far is ASCII both
 * encodings read the same, so the first piece holding a non-ASCII byte decides.
 * If it is valid UTF-8 the list is UTF-8 (and a later invalid byte is an
 * error); if not, it is Windows-1252. Forcing an encoding skips detection.
 *
 * Pure: no file system. Pieces should end at a line break where possible (the
 * reader cuts them so), but a multi-byte character split across pieces is fine.
 */
import { Buffer, isAscii } from "node:buffer";
import { TextDecoder } from "node:util";
import { inputError } from "../../errors.js";
import type { CsvEncoding } from "./types.js";

/**
 * Windows-1252 bytes 0x80-0x9F. Node 20's TextDecoder("windows-1252") decodes
 * them as Latin-1 control characters (so "€" would become U+0080); this table
 * follows the WHATWG encoding standard, where 0x81, 0x8D, 0x8F, 0x90 and 0x9D
 * stay as they are.
 */
const CP1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";
const C1 = /[\u0080-\u009f]/g;
const fromCp1252 = (ch: string): string => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!;

/** Decodes Windows-1252 bytes. Exported for tests and for the benchmark. */
export const decodeWindows1252 = (bytes: Uint8Array): string => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  // Latin-1 and Windows-1252 differ only in 0x80-0x9F, which real text rarely holds.
  C1.lastIndex = 0;
  return C1.test(text) ? text.replace(C1, fromCp1252) : text;
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/** Looks at the first bytes of a list for things that are not CSV text at all. */
const sniff = (bytes: Uint8Array, display: string): void => {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw inputError({ code: "list-utf16", file: display, bom: true });
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw inputError({ code: "list-zip", file: display });
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw inputError({ code: "list-xls", file: display, asCsv: true });
  }
  const sample = bytes.subarray(0, 4096);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) {
      // ASCII text in UTF-16 has a NUL in every other byte.
      const utf16 = sample.length > 1 && (sample[0] === 0 || sample[1] === 0);
      throw inputError(
        utf16
          ? { code: "list-utf16", file: display, bom: false }
          : { code: "list-nul", file: display },
      );
    }
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      controls++;
    }
  }
  if (controls > 8 && controls * 20 > sample.length) {
    throw inputError({ code: "list-binary", file: display });
  }
};

/**
 * The line of bytes[at] in a piece that starts on `line`: line breaks are
 * LFs, or CRs in a piece without any LF before `at` (old Mac files).
 */
const lineOf = (bytes: Uint8Array, at: number, line: number): number => {
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, at);
  const code = before.includes(0x0a) ? 0x0a : 0x0d;
  let n = line;
  for (let i = before.indexOf(code); i >= 0; i = before.indexOf(code, i + 1)) n++;
  return n;
};

export class CsvDecoder {
  private encodingValue: CsvEncoding | undefined;
  private utf8: TextDecoder | undefined;
  private first = true;
  /** The first bytes, while fewer than four have come. */
  private head: Uint8Array | undefined;
  /** The last byte decoded as UTF-8; 0x80 and up may leave a character unfinished. */
  private lastByte = 0;

  /**
   * @param display the name of the input in messages
   * @param forced  an encoding the user chose; none means detect
   */
  constructor(
    private readonly display: string,
    forced?: CsvEncoding,
  ) {
    this.encodingValue = forced;
  }

  /**
   * Continues a list in the middle (a byte range that starts at a record):
   * the first bytes are not looked at for a byte-order mark or a signature.
   */
  resume(): void {
    this.first = false;
  }

  /** The encoding in use, once decided. */
  get encoding(): CsvEncoding | undefined {
    return this.encodingValue;
  }

  /**
   * Decodes one piece of the list. `line` is the line the piece starts on, for
   * messages about bad bytes.
   */
  decode(piece: Uint8Array, line: number): string {
    let bytes = piece;
    if (this.first) {
      // The BOM and the signatures need the first four bytes together.
      bytes = this.head ? Buffer.concat([this.head, piece]) : piece;
      if (bytes.length < 4) {
        this.head = bytes;
        return "";
      }
      bytes = this.start(bytes);
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw inputError({ code: "list-nul", file: this.display, line: lineOf(bytes, nul, line) });
    }
    switch (this.encodingValue) {
      case "windows-1252":
        return decodeWindows1252(bytes);
      case "utf-8":
        return this.decodeUtf8(bytes, line);
      default:
        return this.detect(bytes);
    }
  }

  /** Call at the end of the input: a character cut off at the end is an error. */
  end(line: number): string {
    if (this.first && this.head) {
      // A list of fewer than four bytes.
      return this.decode(this.start(this.head), line) + this.end(line);
    }
    if (!this.utf8) return "";
    try {
      return this.utf8.decode();
    } catch (error) {
      throw this.invalidUtf8(line, error);
    }
  }

  /** Looks at the first bytes once: what they are, and a BOM to drop. */
  private start(bytes: Uint8Array): Uint8Array {
    this.head = undefined;
    this.first = false;
    sniff(bytes, this.display);
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
      this.encodingValue ??= "utf-8";
      return bytes.subarray(3);
    }
    return bytes;
  }

  private detect(bytes: Uint8Array): string {
    // Both encodings read ASCII the same way, and latin1 is the fastest decoder.
    if (isAscii(bytes)) {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    }
    const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    try {
      const text = utf8.decode(bytes, { stream: true });
      this.utf8 = utf8;
      this.encodingValue = "utf-8";
      this.lastByte = bytes[bytes.length - 1]!;
      return text;
    } catch {
      this.encodingValue = "windows-1252";
      return decodeWindows1252(bytes);
    }
  }

  private decodeUtf8(bytes: Uint8Array, line: number): string {
    // ASCII needs no UTF-8 decoder, unless one holds the start of a character.
    const pending = this.lastByte >= 0x80;
    this.lastByte = bytes.length > 0 ? bytes[bytes.length - 1]! : this.lastByte;
    if (!pending && isAscii(bytes)) {
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    }
    this.utf8 ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    try {
      return this.utf8.decode(bytes, { stream: true });
    } catch (error) {
      throw this.invalidUtf8(line, error, bytes);
    }
  }

  private invalidUtf8(line: number, cause: unknown, bytes?: Uint8Array) {
    let at = line;
    if (bytes) {
      // Only on the way out: find the line of the first bad byte.
      const text = new TextDecoder("utf-8").decode(bytes);
      const bad = text.indexOf("\uFFFD");
      for (let i = text.indexOf("\n"); i !== -1 && i < bad; i = text.indexOf("\n", i + 1)) at++;
    }
    return inputError(
      { code: "list-not-utf8", file: this.display },
      { file: this.display, line: at },
      { cause },
    );
  }
}
