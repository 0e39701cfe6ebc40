/**
 * A stream of CSV bytes -> the header and batches of records, in constant
 * memory. Bytes are decoded in pieces of at most 64 KiB cut after a line break,
 * so that the scanner rarely holds a record across pieces and no string grows
 * past V8's regular heap objects (larger strings cost a fresh mapping each).
 * One batch per chunk of the source.
 *
 * Pure: the source is any async iterable of bytes (a file stream, stdin, or an
 * array in tests).
 */
import { Buffer } from "node:buffer";
import { inputError } from "../../errors.js";
import { CsvScanner } from "./csv-scanner.js";
import { CsvDecoder } from "./decode.js";
import { type ApplicantList, type CsvEncoding, newBatch, type RecordBatch } from "./types.js";

const PIECE = 64 * 1024;
/** Bytes gathered before the first decode, so that sniffing sees enough. */
const HEAD = 4096;

export interface CsvReadOptions {
  /** The name of the input in messages. */
  display: string;
  /** An encoding to use instead of detecting one. */
  encoding?: CsvEncoding;
  /** A delimiter to use instead of detecting one from the header line (tab for .tsv). */
  delimiter?: string;
  /** The most bytes decoded at once; tests make it small to move the cuts around. */
  pieceBytes?: number;
}

/** Records as they stream, and what was detected on the way. */
export interface CsvRecords {
  batches: AsyncGenerator<RecordBatch, void, undefined>;
  delimiter(): string | undefined;
  encoding(): CsvEncoding | undefined;
  only(columns: readonly number[], width: number): void;
  /** Records empty in every cell skipped after the first record, so far. */
  emptyRecords(): number;
}

type Chunk = Uint8Array | string;

const toBuffer = (chunk: Chunk): Buffer =>
  typeof chunk === "string"
    ? Buffer.from(chunk, "utf8")
    : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

/** Reads every record of a CSV, the header included, in batches. */
export const readCsvRecords = (
  source: AsyncIterable<Chunk>,
  options: CsvReadOptions,
): CsvRecords => {
  const decoder = new CsvDecoder(options.display, options.encoding);
  const scanner = new CsvScanner(options.display, options.delimiter);
  const pieceBytes = options.pieceBytes ?? PIECE;
  const headBytes = Math.min(HEAD, pieceBytes);
  let started = false;

  const read = (bytes: Uint8Array): RecordBatch => {
    started = true;
    const batch = newBatch();
    const text = decoder.decode(bytes, scanner.line);
    if (text.length > 0) scanner.feed(text, batch);
    return batch;
  };

  /**
   * Cuts bytes[from..] into pieces that end after a line break and reads each
   * into a batch of its own; returns the tail after the last line break. Small
   * batches keep little alive when the young generation is collected, which
   * is most of the cost of reading (measured: a batch per 1 MiB chunk took
   * twice as long as a batch per 64 KiB piece).
   */
  function* pieces(bytes: Buffer, from: number): Generator<Uint8Array, Buffer | undefined> {
    let start = from;
    while (start < bytes.length) {
      const limit = Math.min(start + pieceBytes, bytes.length);
      let cut = bytes.lastIndexOf(scanner.newlineCode, limit - 1);
      if (cut < start) {
        if (limit === bytes.length) break;
        cut = limit - 1;
      }
      yield bytes.subarray(start, cut + 1);
      start = cut + 1;
    }
    // A copy: a source may reuse its buffers.
    return start < bytes.length ? Buffer.from(bytes.subarray(start)) : undefined;
  }

  async function* batches(): AsyncGenerator<RecordBatch, void, undefined> {
    let carry: Buffer | undefined;
    for await (const chunk of source) {
      let bytes = toBuffer(chunk);
      if (bytes.length === 0) continue;
      let from = 0;
      if (carry) {
        // Complete the carried line with the start of this chunk.
        const end = started ? bytes.indexOf(scanner.newlineCode) : -1;
        if (end === -1) {
          bytes = Buffer.concat([carry, bytes]);
        } else {
          const batch = read(Buffer.concat([carry, bytes.subarray(0, end + 1)]));
          if (batch.records.length > 0) yield batch;
          from = end + 1;
        }
        carry = undefined;
      }
      if (!started && bytes.length < headBytes) {
        carry = bytes;
        continue;
      }
      const cut = pieces(bytes, from);
      for (let next = cut.next(); ; next = cut.next()) {
        if (next.done) {
          carry = next.value;
          break;
        }
        const batch = read(next.value);
        if (batch.records.length > 0) yield batch;
      }
      if (carry && carry.length > pieceBytes) {
        const batch = read(carry);
        carry = undefined;
        if (batch.records.length > 0) yield batch;
      }
    }
    const batch = carry ? read(carry) : newBatch();
    const tail = decoder.end(scanner.line);
    if (tail.length > 0) scanner.feed(tail, batch);
    scanner.end(batch);
    if (batch.records.length > 0) yield batch;
  }

  return {
    batches: batches(),
    delimiter: () => scanner.delimiter,
    encoding: () => decoder.encoding,
    only: (columns, width) => scanner.only(columns, width),
    emptyRecords: () => scanner.emptyRecords,
  };
};

/**
 * Opens a CSV: reads up to the header record and returns it with the rest of
 * the records still streaming. An input without any record is an error.
 */
export const openCsv = async (
  source: AsyncIterable<Chunk>,
  options: CsvReadOptions,
): Promise<ApplicantList> => {
  const csv = readCsvRecords(source, options);
  const iterator = csv.batches;
  let first: RecordBatch | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    if (next.value.records.length > 0) {
      first = next.value;
      break;
    }
  }
  if (!first) {
    // The message names the file: a location too would name it twice.
    throw inputError({ code: "list-empty", file: options.display });
  }
  const header = first.records[0]!;
  const headerLine = first.lines[0]!;
  const rest: RecordBatch = { records: first.records.slice(1), lines: first.lines.slice(1) };
  async function* batches(): AsyncGenerator<RecordBatch, void, undefined> {
    if (rest.records.length > 0) yield rest;
    yield* iterator;
  }
  return {
    header,
    headerLine,
    batches: batches(),
    format: options.delimiter === "\t" ? "tsv" : "csv",
    delimiter: csv.delimiter() ?? ",",
    only: (columns) => csv.only(columns, header.length),
    encoding: csv.encoding,
    emptyRows: csv.emptyRecords,
  };
};
