/**
 * CSV text -> records, fed piece by piece (RFC 4180, read leniently).
 *
 * - The delimiter (`,` `;` or tab) is detected from the header line unless
 *   given; ties go to tab, then `;` (commas are common in header text).
 * - Records end at LF or CRLF, or at a lone CR when the header ends with one
 *   (old Mac files). A CR before LF is never part of a field.
 * - A field that starts with `"` is quoted: `""` is a quote, and delimiters and
 *   line breaks inside are data. Text after the closing quote is kept as it is.
 *   A `"` inside an unquoted field is data.
 * - Empty records are skipped (their line numbers still count): blank lines,
 *   and lines of nothing but delimiters and spaces (`;;;;`, which Excel writes
 *   for formatted or cleared rows under a list). Those after the first record
 *   are counted (`emptyRecords`): the summaries say how many were skipped.
 * - Each record carries the physical line it starts on.
 *
 * The hot loop jumps with indexOf from delimiter to delimiter and slices the
 * fields; it allocates nothing per record but the field array. Pure: no I/O.
 */
import { inputError } from "../../errors.js";
import type { RecordBatch } from "./types.js";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const NONE = 0x3fffffff;
const WHITE = /\s/;

/** Whether text[from, to) holds anything but white space: what makes a cell not empty. */
const hasContent = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) return true;
    if (c !== 0x20 && c !== 0x09 && !WHITE.test(text[i]!)) return true;
  }
  return false;
};

/**
 * The longest record held while waiting for its end. Past it, a quote that
 * opens a field and is never closed would otherwise swallow the whole file.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Picks the delimiter from the counts in the header line. */
const chooseDelimiter = (comma: number, semicolon: number, tab: number): string => {
  if (tab > 0 && tab >= semicolon && tab >= comma) return "\t";
  if (semicolon > 0 && semicolon >= comma) return ";";
  return ",";
};

export class CsvScanner {
  /** The delimiter, once known. */
  delimiter: string | undefined;
  /** The line the next unread text starts on. */
  line = 1;
  private delimiterCode = 0;
  private newline = LF;
  private newlineChar = "\n";
  private rest = "";
  /** Whether the header line has been looked at for the delimiter and line break. */
  private detected = false;
  /** Columns nobody reads: their cells come back as "" without being sliced out. */
  private skip: Uint8Array | undefined;
  /** Empty records skipped after the first record (see the module comment). */
  emptyRecords = 0;
  /** Whether a record has been read (a resumed range starts after one). */
  private started = false;

  /**
   * @param display the name of the input in messages
   * @param delimiter a delimiter to use instead of detecting one
   */
  constructor(
    private readonly display: string,
    delimiter?: string,
  ) {
    if (delimiter !== undefined) this.setDelimiter(delimiter);
  }

  /** The byte that ends a line: LF, or CR in old Mac files. */
  get newlineCode(): number {
    return this.newline;
  }

  /**
   * Says which columns the caller reads; the others come back as "" from now
   * on, which saves slicing long free text that nothing looks at.
   */
  only(columns: readonly number[], width: number): void {
    // Cells past the header's width are always read: a record is empty, or
    // has no more cells than the header, only by what they hold.
    const skip = new Uint8Array(width).fill(1);
    for (const c of columns) skip[c] = 0;
    this.skip = skip;
  }

  /**
   * Continues a list in the middle, at the start of a record (a byte range of
   * the file read on its own): the delimiter is the one given to the
   * constructor, the line break `newline`, and no header line is looked at.
   */
  resume(newline: "\n" | "\r", line: number): void {
    this.detected = true;
    this.started = true;
    this.newlineChar = newline;
    this.newline = newline.charCodeAt(0);
    this.line = line;
  }

  /** The text of a record that has not ended yet ("" between records). */
  get pending(): string {
    return this.rest;
  }

  /** Reads the complete records in `text`, keeping an incomplete last one for later. */
  feed(text: string, out: RecordBatch): void {
    this.scan(this.rest.length > 0 ? this.rest + text : text, false, out);
  }

  /** Reads what is left at the end of the input. */
  end(out: RecordBatch): void {
    this.scan(this.rest, true, out);
  }

  private setDelimiter(delimiter: string): void {
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  private scan(text: string, final: boolean, out: RecordBatch): void {
    if (!this.detected && !this.detect(text, final)) {
      this.keep(text, 0);
      return;
    }
    const stop = this.records(text, final, out);
    this.keep(text, stop);
  }

  private keep(text: string, stop: number): void {
    this.rest = stop === 0 ? text : text.slice(stop);
    if (this.rest.length > MAX_RECORD_CHARS) {
      // Without a quote, the record is one line that never ends: not a quoting problem.
      throw inputError(
        { code: "csv-record-too-long", limit: MAX_RECORD_CHARS, quote: this.rest.includes('"') },
        { file: this.display, line: this.line },
      );
    }
  }

  /**
   * Reads the header line's delimiters and line break. Returns false when the
   * text does not hold the whole header line yet.
   */
  private detect(text: string, final: boolean): boolean {
    let quoted = false;
    let comma = 0;
    let semicolon = 0;
    let tab = 0;
    let i = 0;
    // Empty lines before the header say nothing.
    while (i < text.length && (text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) i++;
    if (i === text.length && !final) return false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) quoted = !quoted;
      else if (quoted) continue;
      else if (c === 0x2c) comma++;
      else if (c === 0x3b) semicolon++;
      else if (c === 0x09) tab++;
      else if (c === LF) break;
      else if (c === CR) {
        if (i + 1 === text.length && !final) return false;
        if (text.charCodeAt(i + 1) !== LF && i + 1 < text.length) {
          this.newline = CR;
          this.newlineChar = "\r";
        }
        break;
      }
    }
    if (i === text.length && !final) return false;
    if (this.delimiter === undefined) this.setDelimiter(chooseDelimiter(comma, semicolon, tab));
    this.detected = true;
    return true;
  }

  /**
   * The hot loop. Reads records from `text` into `out` and returns where the
   * first incomplete record starts (text.length when none is).
   */
  private records(text: string, final: boolean, out: RecordBatch): number {
    const len = text.length;
    const delimiter = this.delimiterCode;
    const delimiterChar = this.delimiter!;
    const newline = this.newline;
    const newlineChar = this.newlineChar;
    const crlf = newline === LF;
    const records = out.records;
    const lines = out.lines;
    const skip = this.skip;
    let pos = 0;
    let line = this.line;
    // Next delimiter and next line break at or after the read position; both are
    // recomputed only once the position has passed them.
    let nextDelimiter = -1;
    let lineEnd = -1;

    record: while (pos < len) {
      const startLine = line;
      const first = text.charCodeAt(pos);
      if (first === newline) {
        pos++;
        line++;
        if (this.started) this.emptyRecords++;
        continue;
      }
      if (first === CR && crlf) {
        if (pos + 1 === len && !final) break;
        if (pos + 1 === len || text.charCodeAt(pos + 1) === LF) {
          pos = Math.min(pos + 2, len);
          line++;
          if (this.started) this.emptyRecords++;
          continue;
        }
      }
      const fields: string[] = [];
      let p = pos;
      // Whether a cell so far holds anything; mostly settled by the first one.
      let filled = false;
      for (;;) {
        const skipping = skip !== undefined && skip[fields.length] === 1;
        if (text.charCodeAt(p) === QUOTE) {
          const open = p;
          let from = p + 1;
          // Most quoted fields have no doubled quote: one slice, no concatenation.
          let value: string | undefined;
          for (;;) {
            const close = text.indexOf('"', from);
            if (close === -1 || (close + 1 === len && !final)) {
              if (!final) {
                line = startLine;
                break record;
              }
              throw this.unterminated(text, open, startLine, pos);
            }
            if (text.charCodeAt(close + 1) === QUOTE) {
              if (!skipping) {
                const piece = text.slice(from, close + 1);
                value = value === undefined ? piece : value + piece;
              }
              from = close + 2;
            } else {
              if (!skipping) {
                const piece = text.slice(from, close);
                value = value === undefined ? piece : value + piece;
              } else {
                value = "";
              }
              p = close + 1;
              break;
            }
          }
          if (!filled) filled = hasContent(text, open + 1, p - 1);
          if (lineEnd < open) {
            lineEnd = text.indexOf(newlineChar, open);
            if (lineEnd === -1) lineEnd = NONE;
          }
          if (lineEnd < p) {
            // Line breaks inside the quotes: count them, then look past them.
            while (lineEnd < p) {
              line++;
              lineEnd = text.indexOf(newlineChar, lineEnd + 1);
              if (lineEnd === -1) lineEnd = NONE;
            }
          }
          const after = text.charCodeAt(p);
          if (after === delimiter) {
            fields.push(value);
            p++;
            continue;
          }
          if (after === newline) {
            fields.push(value);
            p++;
            line++;
            break;
          }
          if (after === CR && crlf) {
            if (p + 1 === len) {
              if (!final) {
                line = startLine;
                break record;
              }
              fields.push(value);
              p = len;
              break;
            }
            if (text.charCodeAt(p + 1) === LF) {
              fields.push(value);
              p += 2;
              line++;
              break;
            }
          }
          if (p === len) {
            if (!final) {
              line = startLine;
              break record;
            }
            fields.push(value);
            break;
          }
          // Text after the closing quote (`"a"b`): keep it, up to the field's end.
          let delimiterAt = text.indexOf(delimiterChar, p);
          if (delimiterAt === -1) delimiterAt = NONE;
          const breakAt = text.indexOf(newlineChar, p);
          if (delimiterAt < breakAt || (breakAt === -1 && delimiterAt !== NONE)) {
            if (!filled) filled = hasContent(text, p, delimiterAt);
            fields.push(value + text.slice(p, delimiterAt));
            p = delimiterAt + 1;
            continue;
          }
          if (breakAt === -1 && !final) {
            line = startLine;
            break record;
          }
          let end = breakAt === -1 ? len : breakAt;
          if (crlf && end > p && text.charCodeAt(end - 1) === CR) end--;
          if (!filled) filled = hasContent(text, p, end);
          fields.push(value + text.slice(p, end));
          if (breakAt === -1) {
            p = len;
          } else {
            p = breakAt + 1;
            line++;
          }
          break;
        }
        if (nextDelimiter < p) {
          nextDelimiter = text.indexOf(delimiterChar, p);
          if (nextDelimiter === -1) nextDelimiter = NONE;
        }
        if (lineEnd < p) {
          lineEnd = text.indexOf(newlineChar, p);
          if (lineEnd === -1) lineEnd = NONE;
        }
        if (nextDelimiter < lineEnd) {
          if (!filled) filled = hasContent(text, p, nextDelimiter);
          fields.push(skipping ? "" : text.slice(p, nextDelimiter));
          p = nextDelimiter + 1;
          continue;
        }
        if (lineEnd === NONE) {
          if (!final) {
            line = startLine;
            break record;
          }
          let end = len;
          if (crlf && end > p && text.charCodeAt(end - 1) === CR) end--;
          if (!filled) filled = hasContent(text, p, end);
          fields.push(text.slice(p, end));
          p = len;
          break;
        }
        let end = lineEnd;
        if (crlf && end > p && text.charCodeAt(end - 1) === CR) end--;
        if (!filled) filled = hasContent(text, p, end);
        fields.push(skipping ? "" : text.slice(p, end));
        p = lineEnd + 1;
        line++;
        break;
      }
      if (filled) {
        records.push(fields);
        lines.push(startLine);
        this.started = true;
      } else if (this.started) {
        this.emptyRecords++;
      }
      pos = p;
    }
    this.line = line;
    return pos;
  }

  private unterminated(text: string, open: number, startLine: number, start: number) {
    let line = startLine;
    for (let i = text.indexOf(this.newlineChar, start); i !== -1 && i < open; ) {
      line++;
      i = text.indexOf(this.newlineChar, i + 1);
    }
    return inputError({ code: "csv-unclosed-quote" }, { file: this.display, line });
  }
}
