/**
 * allocate's json and csv rows written as UTF-8 bytes, for the million-row
 * case: the same bytes as the text writers (rowJsonText with its carried
 * cells, csvRow of the csv format's cells) encoded as UTF-8, which stay the
 * definition (property tests hold the two equal: test/format/allocate/row-bytes.test.ts).
 *
 * Made as text, a million rows were a million strings of about 200 bytes,
 * concatenated and then encoded by the output (a third of allocate's CPU
 * time after reading, docs/performance.md "allocate against check"). Here
 * what recurs (the keys, an outcome, a quota, a code, the reasons of the
 * waitlisted and the ineligible) is encoded once, an id of plain ASCII and
 * the numbers are written byte by byte, and only texts of their own (an
 * admitted applicant's reason names its rank) are encoded per row. Rows this
 * writer does not know by heart (classes, leader groups, and carried
 * columns in csv) are written from the text writer's text.
 */
import type { DecisionRow } from "../../core/decision/report.js";
import { carriedJson, withCarried } from "../carried.js";
import { csvCell, csvRow } from "../csv.js";
import { rowJsonText } from "./row-json.js";

// TextEncoder rather than node's Buffer: formats stand on the language alone.
const utf8 = new TextEncoder();

/** Writes one row at `at`; returns where it ends, or minus the room it needs (nothing written then). */
export type RowBytes = (row: DecisionRow, into: Uint8Array, at: number) => number;

/** Texts that recur (quotas, codes, reasons): encoded once each, up to `limit` distinct texts. */
const encodedOnce = (limit: number, encode: (text: string) => string) => {
  const encoded = new Map<string, Uint8Array>();
  return (text: string): Uint8Array | undefined => {
    let bytes = encoded.get(text);
    if (bytes === undefined && encoded.size < limit) {
      bytes = utf8.encode(encode(text));
      encoded.set(text, bytes);
    }
    return bytes;
  };
};

/** Whether JSON.stringify writes the text as it is: no escape, no lone surrogate. */
const jsonPlain = (text: string): boolean => {
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff))
      return false;
  }
  return true;
};

/** Whether JSON.stringify writes the text as it is, one byte a character. */
const jsonAscii = (text: string): boolean => {
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code < 0x20 || code > 0x7e || code === 0x22 || code === 0x5c) return false;
  }
  return true;
};

/** Whether every code unit is printable ASCII (one byte each in UTF-8). */
const printableAscii = (text: string): boolean => {
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
};

/** Digits of a whole number at `at`; returns where they end. */
const writeDigits = (n: number, into: Uint8Array, at: number): number => {
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  let rest = n;
  for (let d = at + digits - 1; d >= at; d--) {
    into[d] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
};

/** Numbers written digit by digit: whole, not negative, exact (others as String writes them). */
const wholeNumber = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0);

/** A number as its text would write it, at `at`. */
const writeNumber = (n: number, into: Uint8Array, at: number): number =>
  wholeNumber(n)
    ? writeDigits(n, into, at)
    : at + utf8.encodeInto(String(n), into.subarray(at)).written;

/** Room a number takes at most (String of a double is at most 25 characters). */
const NUMBER_ROOM = 25;

const QUOTE = 0x22;

/**
 * Bytes copied: the short pieces of a row (keys, an outcome, a quota) one
 * by one, where a loop takes a fraction of the time of TypedArray's set
 * (measured: set was half the writer's time), the longer ones (reasons) by set.
 */
const put = (bytes: Uint8Array, into: Uint8Array, at: number): number => {
  const n = bytes.length;
  if (n > 32) into.set(bytes, at);
  else for (let i = 0; i < n; i++) into[at + i] = bytes[i]!;
  return at + n;
};

/**
 * The JSON object of one row with its carried cells, as
 * `withCarried(rowJsonText(row), carriedJson(carry)(row.carried))` writes it.
 */
export const rowJsonBytes = (carry?: readonly string[]): RowBytes => {
  const carried = carriedJson(carry);
  const ID_KEY = utf8.encode(`{"id":`);
  const NULL = utf8.encode("null");
  const RANK_KEY = utf8.encode(`,"rank":`);
  const POSITION_KEY = utf8.encode(`,"position":`);
  const OVERALL_KEY = utf8.encode(`{"overall":`);
  const IN_GROUP_KEY = utf8.encode(`,"inGroup":`);
  const TRANSFERRED = utf8.encode(`,"transferred":true`);
  const NOT_TRANSFERRED = utf8.encode(`,"transferred":false`);
  const NEWLY_OFFERED = utf8.encode(`,"newlyOffered":true`);
  // The outcome and code as rowJsonText writes them (without escapes: they are fixed words).
  const outcomePiece = encodedOnce(64, (o) => `,"outcome":"${o}","quota":`);
  const codePiece = encodedOnce(256, (code) => `,"code":"${code}","reason":`);
  // The end of a row, from its code to its closing brace, for the rows whose
  // reason is shared (the waitlisted, the ineligible): one copy per row.
  const tails = new Map<string, Map<string, Uint8Array>>();
  let tailCount = 0;
  const tailOf = (code: Uint8Array, codeText: string, reason: string, reasonBytes: Uint8Array) => {
    let byReason = tails.get(codeText);
    let tail = byReason?.get(reason);
    if (tail === undefined && tailCount < 4096) {
      tail = new Uint8Array(code.length + reasonBytes.length + NOT_TRANSFERRED.length + 1);
      tail.set(code);
      tail.set(reasonBytes, code.length);
      tail.set(NOT_TRANSFERRED, code.length + reasonBytes.length);
      tail[tail.length - 1] = 0x7d;
      if (byReason === undefined) {
        byReason = new Map();
        tails.set(codeText, byReason);
      }
      byReason.set(reason, tail);
      tailCount++;
    }
    return tail;
  };
  const quotaPiece = encodedOnce(4096, (q) => JSON.stringify(q));
  const reasonPiece = encodedOnce(4096, (r) => JSON.stringify(r));
  /** A text as JSON.stringify writes it: bytes encoded once, or written here. */
  const writeJsonString = (
    text: string,
    bytes: Uint8Array | undefined,
    into: Uint8Array,
    at: number,
  ): number => {
    if (bytes !== undefined) return put(bytes, into, at);
    if (!jsonPlain(text))
      return at + utf8.encodeInto(JSON.stringify(text), into.subarray(at)).written;
    into[at] = QUOTE;
    const end = at + 1 + utf8.encodeInto(text, into.subarray(at + 1)).written;
    into[end] = QUOTE;
    return end + 1;
  };
  return (row, into, at) => {
    // Rows of an intake with classes or of a program with groups: from the text.
    if (row.choices !== undefined || row.group !== undefined) {
      const text = withCarried(rowJsonText(row), carried(row.carried));
      if (into.length - at < text.length * 3) return -(text.length * 3);
      return at + utf8.encodeInto(text, into.subarray(at)).written;
    }
    const { id, quota, reason } = row;
    const outcome = outcomePiece(row.outcome)!;
    const code = codePiece(row.code)!;
    const quotaBytes = quota === null ? NULL : quotaPiece(quota);
    const reasonBytes = reasonPiece(reason);
    const carriedText = carried(row.carried);
    // A character escaped as \uXXXX takes 6 bytes, any other at most 3.
    const need =
      160 +
      id.length * 6 +
      outcome.length +
      (quotaBytes?.length ?? quota!.length * 6 + 2) +
      code.length +
      (reasonBytes?.length ?? reason.length * 6 + 2) +
      NUMBER_ROOM * 3 +
      carriedText.length * 3;
    if (into.length - at < need) return -need;
    let end = put(ID_KEY, into, at);
    if (jsonAscii(id)) {
      into[end++] = QUOTE;
      for (let c = 0; c < id.length; c++) into[end++] = id.charCodeAt(c);
      into[end++] = QUOTE;
    } else end += utf8.encodeInto(JSON.stringify(id), into.subarray(end)).written;
    end = put(outcome, into, end);
    end = writeJsonString(quota ?? "", quotaBytes, into, end);
    end = put(RANK_KEY, into, end);
    if (row.rank === null) {
      end = put(NULL, into, end);
    } else end = writeNumber(row.rank, into, end);
    end = put(POSITION_KEY, into, end);
    if (row.position) {
      end = writeNumber(row.position.overall, into, put(OVERALL_KEY, into, end));
      end = writeNumber(row.position.inGroup, into, put(IN_GROUP_KEY, into, end));
      into[end++] = 0x7d;
    } else {
      end = put(NULL, into, end);
    }
    if (!row.transferred && !row.newlyOffered && carriedText === "" && reasonBytes !== undefined) {
      const tail = tailOf(code, row.code, reason, reasonBytes);
      if (tail !== undefined) return put(tail, into, end);
    }
    end = put(code, into, end);
    end = writeJsonString(reason, reasonBytes, into, end);
    const transferred = row.transferred ? TRANSFERRED : NOT_TRANSFERRED;
    end = put(transferred, into, end);
    if (row.newlyOffered) {
      end = put(NEWLY_OFFERED, into, end);
    }
    if (carriedText !== "") end += utf8.encodeInto(carriedText, into.subarray(end)).written;
    into[end++] = 0x7d;
    return end;
  };
};

/** The csv format's dialect, and whether its rows have columns past the ten (classes, group, carried). */
export interface CsvRowsShape {
  delimiter: string;
  newline: string;
  /** The whole row's cells when it has more than the ten columns; undefined when it has only those. */
  extra?: ((row: DecisionRow) => string[]) | undefined;
}

/** The ten cells every row has, in the header's order (allocateCsv's columns). */
export const baseCells = (row: DecisionRow): string[] => [
  row.id,
  row.outcome,
  row.quota ?? "",
  row.rank === null ? "" : String(row.rank),
  row.position ? String(row.position.overall) : "",
  row.position ? String(row.position.inGroup) : "",
  row.code,
  row.reason,
  row.transferred ? "yes" : "no",
  row.newlyOffered ? "yes" : "no",
];

/** The cells that hold numbers, which neutralising keeps as they are. */
export const NUMERIC_CELLS = [3, 4, 5, 11];

/**
 * One csv row, line ending and all, as `csvRow(cells, { neutralise: true,
 * numeric: NUMERIC_CELLS, delimiter, newline })` writes it: the ten cells
 * of `baseCells`, or the whole row of `extra`.
 */
export const rowCsvBytes = (shape: CsvRowsShape): RowBytes => {
  const { delimiter, newline, extra } = shape;
  const options = { neutralise: true, numeric: NUMERIC_CELLS, delimiter, newline };
  if (extra !== undefined) {
    return (row, into, at) => {
      const text = csvRow(extra(row), options);
      if (into.length - at < text.length * 3) return -(text.length * 3);
      return at + utf8.encodeInto(text, into.subarray(at)).written;
    };
  }
  const DELIMITER = utf8.encode(delimiter);
  const NEWLINE = utf8.encode(newline);
  const YES = utf8.encode(`${delimiter}yes`);
  const NO = utf8.encode(`${delimiter}no`);
  // Text cells that recur, quoted and neutralised as csvCell makes them (none is numeric).
  const cell = encodedOnce(4096, (text) => csvCell(text, true, false));
  const separator = delimiter.charCodeAt(0);
  /** Whether csvCell writes an id as it is, one byte a character. */
  const plainId = (id: string): boolean => {
    if (!printableAscii(id)) return false;
    const first = id.charCodeAt(0);
    // =, +, -, @ start a formula: neutralised.
    if (first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40) return false;
    for (let c = 0; c < id.length; c++) {
      const code = id.charCodeAt(c);
      if (code === 0x22 || code === 0x2c || code === 0x3b || code === separator) return false;
    }
    return true;
  };
  const writeCell = (text: string, into: Uint8Array, at: number): number => {
    const bytes = cell(text);
    if (bytes !== undefined) return put(bytes, into, at);
    return at + utf8.encodeInto(csvCell(text, true, false), into.subarray(at)).written;
  };
  /** A number cell at `at`, after its delimiter: digits, or String's text kept as csvCell keeps it. */
  const writeNumberCell = (n: number, into: Uint8Array, at: number): number =>
    wholeNumber(n)
      ? writeDigits(n, into, at)
      : at + utf8.encodeInto(csvCell(String(n), true, true), into.subarray(at)).written;
  return (row, into, at) => {
    const { id, quota, code, reason, outcome } = row;
    // A cell of n characters takes at most 3n bytes, twice that quoted with its quotes doubled.
    const need =
      64 +
      6 * (id.length + outcome.length + (quota?.length ?? 0) + code.length + reason.length) +
      NUMBER_ROOM * 9 +
      DELIMITER.length * 10 +
      NEWLINE.length;
    if (into.length - at < need) return -need;
    let end = at;
    if (plainId(id)) for (let c = 0; c < id.length; c++) into[end++] = id.charCodeAt(c);
    else end = writeCell(id, into, end);
    end = writeCell(outcome, into, put(DELIMITER, into, end));
    end = writeCell(quota ?? "", into, put(DELIMITER, into, end));
    end = put(DELIMITER, into, end);
    if (row.rank !== null) end = writeNumberCell(row.rank, into, end);
    end = put(DELIMITER, into, end);
    if (row.position) end = writeNumberCell(row.position.overall, into, end);
    end = put(DELIMITER, into, end);
    if (row.position) end = writeNumberCell(row.position.inGroup, into, end);
    end = writeCell(code, into, put(DELIMITER, into, end));
    end = writeCell(reason, into, put(DELIMITER, into, end));
    const transferred = row.transferred ? YES : NO;
    end = put(transferred, into, end);
    const newly = row.newlyOffered ? YES : NO;
    end = put(newly, into, end);
    return put(NEWLINE, into, end);
  };
};

/** Buffers of this size are filled with rows and handed on whole. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Rows written into buffers of CHUNK_BYTES, each handed on when full (a new
 * one taken, so that a consumer may keep what it was given): `add` writes
 * `before` (separators) and the row, and returns a full buffer when one is
 * done; `rest` the last one.
 */
export const byteChunks = (write: RowBytes) => {
  let into = new Uint8Array(CHUNK_BYTES);
  let used = 0;
  const place = (before: Uint8Array, row: DecisionRow): number => {
    if (into.length - used < before.length) return -before.length;
    const end = write(row, into, put(before, into, used));
    if (end < 0) return end - before.length;
    used = end;
    return end;
  };
  return {
    add(before: Uint8Array, row: DecisionRow): Uint8Array | undefined {
      const end = place(before, row);
      if (end >= 0) return undefined;
      const full = into.subarray(0, used);
      into = new Uint8Array(Math.max(CHUNK_BYTES, -end));
      used = 0;
      place(before, row);
      return full.length > 0 ? full : undefined;
    },
    rest(): Uint8Array {
      const last = into.subarray(0, used);
      into = new Uint8Array(0);
      used = 0;
      return last;
    },
  };
};
