/**
 * One byte range of a CSV file -> batches of records, read the way the
 * streaming reader (csv-reader.ts) reads the whole file: the same decoder and
 * scanner, pieces of at most 64 KiB cut after a line break, one batch per
 * piece. A range starts at a record; the delimiter, line break and encoding
 * are those of the file, decided when its header was read.
 *
 * Pure: the bytes are given.
 */
import { Buffer } from "node:buffer";
import { CsvScanner } from "../csv-scanner.js";
import { CsvDecoder } from "../decode.js";
import { type CsvEncoding, newBatch, type RecordBatch } from "../types.js";

const PIECE = 64 * 1024;

/** What a range's reader needs to know about the file it is a part of. */
export interface RangeDialect {
  display: string;
  delimiter: string;
  newline: "\n" | "\r";
  encoding: CsvEncoding;
  /** Columns the caller reads (see CsvScanner.only), and the header's width. */
  only?: readonly number[];
  width: number;
  /** Columns carried into the results: their cells come back with the verdicts (none when absent). */
  carry?: readonly number[];
}

export interface RangeEnd {
  /**
   * The line after the last complete record, counted from `firstLine`: where
   * the next range starts when this one ended between records, or where the
   * record left open starts.
   */
  line: number;
  /**
   * Bytes of a record still open at the end of the range (0 when the range
   * ended between records). A range that is not the last one and ends inside
   * a record was cut inside a quoted field: the next range must start that
   * many bytes earlier instead.
   */
  openBytes: number;
  /** Records empty in every cell that the range skipped. */
  emptyRecords: number;
}

/**
 * Reads `bytes`, a range starting at a record on line `firstLine`. `final`
 * says the range ends at the end of the file (an open record is then an error,
 * as it is to the streaming reader).
 */
export function* readRange(
  bytes: Uint8Array,
  dialect: RangeDialect,
  firstLine: number,
  final: boolean,
): Generator<RecordBatch, RangeEnd, undefined> {
  const decoder = new CsvDecoder(dialect.display, dialect.encoding);
  decoder.resume();
  const scanner = new CsvScanner(dialect.display, dialect.delimiter);
  scanner.resume(dialect.newline, firstLine);
  if (dialect.only) scanner.only(dialect.only, dialect.width);
  const newline = dialect.newline.charCodeAt(0);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  while (start < buffer.length) {
    const limit = Math.min(start + PIECE, buffer.length);
    let cut = limit === buffer.length ? limit - 1 : buffer.lastIndexOf(newline, limit - 1);
    if (cut < start) cut = limit - 1;
    const batch = newBatch();
    const text = decoder.decode(buffer.subarray(start, cut + 1), scanner.line);
    if (text.length > 0) scanner.feed(text, batch);
    start = cut + 1;
    if (batch.records.length > 0) yield batch;
  }
  if (final) {
    const batch = newBatch();
    const tail = decoder.end(scanner.line);
    if (tail.length > 0) scanner.feed(tail, batch);
    scanner.end(batch);
    if (batch.records.length > 0) yield batch;
    return { line: scanner.line, openBytes: 0, emptyRecords: scanner.emptyRecords };
  }
  const open = scanner.pending;
  return {
    line: scanner.line,
    // Windows-1252 is one byte a character; UTF-8 text was decoded exactly (fatal mode).
    openBytes: dialect.encoding === "windows-1252" ? open.length : Buffer.byteLength(open, "utf8"),
    emptyRecords: scanner.emptyRecords,
  };
}
