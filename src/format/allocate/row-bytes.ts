/**
 * allocate's json and csv rows written as UTF-8 bytes, for the million-row
 * case: the same bytes as the text writers (rowJsonText with its carried
 * cells, csvRow of csvCells' cells) encoded as UTF-8, which stay the
 * definition (property tests hold the two equal: test/format/allocate/row-bytes.test.ts).
 *
 * Made as text, a million rows were a million strings of about 200 bytes,
 * concatenated and then encoded by the output (a third of allocate's CPU
 * time after reading, docs/performance.md "allocate against check"). Here
 * what recurs (the keys, an outcome, a quota, a code, the reasons of the
 * waitlisted and the ineligible) is encoded once, an id of plain ASCII and
 * the numbers are written byte by byte, and only texts of their own (an
 * admitted applicant's reason names its rank) are encoded per row. The keys
 * and columns of an intake with classes (a list of choices, a class, a
 * refusal per choice with its code and reason: each encoded once), of a
 * program with leader groups and csv's carried columns are written so too.
 */
import type { DecisionRow, OutcomeKind } from "../../core/decision/report.js";
import { carriedJson } from "../carried.js";
import { csvCell } from "../csv.js";
import { CHOICES_SEPARATOR, type CsvColumns, extraColumnsAt, NUMERIC_CELLS } from "./csv-cells.js";

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

/** A node of a pieceTree: the bytes of the texts on the way to it, and the texts after. */
interface Piece {
  bytes: Uint8Array | undefined;
  next: Map<string, Piece> | undefined;
}

/**
 * Pieces keyed by a few texts (a list of choices; a refusal's class, code
 * and reason) encoded once each: a tree of maps, one text a level, so that
 * a look-up makes no key of its own per row; up to `limit` nodes.
 */
const pieceTree = (limit: number) => {
  const root: Piece = { bytes: undefined, next: undefined };
  let nodes = 0;
  /** The node after `key`, or undefined when the tree is full (then written as it comes). */
  const under = (node: Piece, key: string): Piece | undefined => {
    let child = node.next?.get(key);
    if (child === undefined && nodes < limit) {
      child = { bytes: undefined, next: undefined };
      node.next ??= new Map();
      node.next.set(key, child);
      nodes++;
    }
    return child;
  };
  /** The node of a list of texts, or undefined when the tree is full. */
  const of = (texts: readonly string[]): Piece | undefined => {
    let node: Piece | undefined = root;
    for (let i = 0; i < texts.length && node !== undefined; i++) node = under(node, texts[i]!);
    return node;
  };
  return { under, of, root };
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
  const CLASS_KEY = utf8.encode(`,"class":`);
  const CHOICE_KEY = utf8.encode(`,"choice":`);
  const CHOICE_REASONS_KEY = utf8.encode(`,"choiceReasons":[`);
  const POSITIONS_KEY = utf8.encode(`,"positions":[`);
  const CHOICE_OPEN = utf8.encode(`{"choice":`);
  const GROUP_KEY = utf8.encode(`,"group":`);
  const GROUP_NULL = utf8.encode(`,"group":null`);
  // The outcome and code as rowJsonText writes them (without escapes: they are fixed words).
  const outcomePiece = encodedOnce(64, (o) => `,"outcome":"${o}","quota":`);
  const codePiece = encodedOnce(256, (code) => `,"code":"${code}","reason":`);
  // The end of a row's own keys, from its code to its transferred key, for
  // the rows whose reason is shared (the waitlisted, the ineligible): one copy per row.
  const tails = new Map<string, Map<string, Uint8Array>>();
  let tailCount = 0;
  const tailOf = (code: Uint8Array, codeText: string, reason: string, reasonBytes: Uint8Array) => {
    let byReason = tails.get(codeText);
    let tail = byReason?.get(reason);
    if (tail === undefined && tailCount < 4096) {
      tail = new Uint8Array(code.length + reasonBytes.length + NOT_TRANSFERRED.length);
      tail.set(code);
      tail.set(reasonBytes, code.length);
      tail.set(NOT_TRANSFERRED, code.length + reasonBytes.length);
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
  // With classes: the choices key and list, a class with its key and the
  // choice's key, a refusal after its choice number (class, code, reason,
  // closing brace), a place's class and key: each encoded once.
  const choicesTree = pieceTree(4096);
  const classPiece = encodedOnce(4096, (c) => `,"class":${JSON.stringify(c)},"choice":`);
  const refusalTree = pieceTree(4096);
  const placePiece = encodedOnce(4096, (id) => `,"id":${JSON.stringify(id)},"position":`);
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
  /** A text, written by encoding it (a piece past its tree's or cache's limit). */
  const writeText = (text: string, into: Uint8Array, at: number): number =>
    at + utf8.encodeInto(text, into.subarray(at)).written;
  /** A number as JSON.stringify writes it (positions are written so): digits, or its text. */
  const writeJsonNumber = (n: number, into: Uint8Array, at: number): number =>
    wholeNumber(n) ? writeDigits(n, into, at) : writeText(JSON.stringify(n), into, at);
  /**
   * Room the keys of an intake with classes take at most: each text's JSON
   * at most 6 bytes a character and its quotes, a number at most NUMBER_ROOM,
   * a key and its punctuation at most 32.
   */
  const classesRoom = (row: DecisionRow): number => {
    const { choices, choiceReasons, positions } = row;
    let need = 32 * 4;
    for (let i = 0; i < choices!.length; i++) need += 3 + choices![i]!.length * 6;
    if (row.class !== undefined) need += 32 + row.class.length * 6 + NUMBER_ROOM;
    if (choiceReasons)
      for (let i = 0; i < choiceReasons.length; i++) {
        const r = choiceReasons[i]!;
        need += 64 + NUMBER_ROOM + (r.id.length + r.code.length + r.reason.length) * 6;
      }
    if (positions)
      for (let i = 0; i < positions.length; i++)
        need += 48 + NUMBER_ROOM * 2 + positions[i]!.id.length * 6;
    return need;
  };
  /** The keys of an intake with classes, as rowJsonText's classText writes them. */
  const writeClasses = (row: DecisionRow, into: Uint8Array, at: number): number => {
    const choices = row.choices!;
    const list = choicesTree.of(choices);
    let end: number;
    if (list === undefined) end = writeText(`,"choices":${JSON.stringify(choices)}`, into, at);
    else {
      list.bytes ??= utf8.encode(`,"choices":${JSON.stringify(choices)}`);
      end = put(list.bytes, into, at);
    }
    if (row.class !== undefined) {
      const placed = classPiece(row.class);
      if (placed !== undefined) end = put(placed, into, end);
      else
        end = put(
          CHOICE_KEY,
          into,
          writeJsonString(row.class, undefined, into, put(CLASS_KEY, into, end)),
        );
      // As the text writes `${row.choice}`: its digits, or String's text.
      end = writeNumber(row.choice!, into, end);
    }
    const { choiceReasons, positions } = row;
    if (choiceReasons) {
      end = put(CHOICE_REASONS_KEY, into, end);
      for (let i = 0; i < choiceReasons.length; i++) {
        const r = choiceReasons[i]!;
        if (i > 0) into[end++] = 0x2c;
        end = writeNumber(r.choice, into, put(CHOICE_OPEN, into, end));
        const byId = refusalTree.under(refusalTree.root, r.id);
        const byCode = byId && refusalTree.under(byId, r.code);
        const refusal = byCode && refusalTree.under(byCode, r.reason);
        if (refusal !== undefined) {
          refusal.bytes ??= utf8.encode(
            `,"id":${JSON.stringify(r.id)},"code":"${r.code}","reason":${JSON.stringify(r.reason)}}`,
          );
          end = put(refusal.bytes, into, end);
        } else
          end = writeText(
            `,"id":${JSON.stringify(r.id)},"code":"${r.code}","reason":${JSON.stringify(r.reason)}}`,
            into,
            end,
          );
      }
      into[end++] = 0x5d;
    }
    if (positions) {
      end = put(POSITIONS_KEY, into, end);
      for (let i = 0; i < positions.length; i++) {
        const p = positions[i]!;
        if (i > 0) into[end++] = 0x2c;
        end = writeJsonNumber(p.choice, into, put(CHOICE_OPEN, into, end));
        const place = placePiece(p.id);
        if (place !== undefined) end = put(place, into, end);
        else end = writeText(`,"id":${JSON.stringify(p.id)},"position":`, into, end);
        end = writeJsonNumber(p.position, into, end);
        into[end++] = 0x7d;
      }
      into[end++] = 0x5d;
    }
    return end;
  };
  return (row, into, at) => {
    const { id, quota, reason, choices, group } = row;
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
      carriedText.length * 3 +
      (choices ? classesRoom(row) : 0) +
      (group ? 16 + group.length * 6 : 16);
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
    const tail =
      !row.transferred && !row.newlyOffered && reasonBytes !== undefined
        ? tailOf(code, row.code, reason, reasonBytes)
        : undefined;
    if (tail !== undefined) end = put(tail, into, end);
    else {
      end = put(code, into, end);
      end = writeJsonString(reason, reasonBytes, into, end);
      const transferred = row.transferred ? TRANSFERRED : NOT_TRANSFERRED;
      end = put(transferred, into, end);
      if (row.newlyOffered) {
        end = put(NEWLY_OFFERED, into, end);
      }
    }
    if (choices) end = writeClasses(row, into, end);
    if (group === null) end = put(GROUP_NULL, into, end);
    else if (group !== undefined)
      end = writeJsonString(group, undefined, into, put(GROUP_KEY, into, end));
    if (carriedText !== "") end += utf8.encodeInto(carriedText, into.subarray(end)).written;
    into[end++] = 0x7d;
    return end;
  };
};

/** The csv format's dialect, and the columns its rows have past the ten (classes, group, carried). */
export interface CsvRowsShape extends CsvColumns {
  delimiter: string;
  newline: string;
}

/**
 * One csv row, line ending and all, as `csvRow(csvCells(columns)(row), {
 * neutralise: true, numeric: NUMERIC_CELLS, delimiter, newline })` writes it
 * (csv-cells.ts): the ten cells of `baseCells`, then the columns of the shape.
 */
export const rowCsvBytes = (shape: CsvRowsShape): RowBytes => {
  const { delimiter, newline, classes, groups, mailMerge } = shape;
  const DELIMITER = utf8.encode(delimiter);
  const NEWLINE = utf8.encode(newline);
  const YES = utf8.encode(`${delimiter}yes`);
  const NO = utf8.encode(`${delimiter}no`);
  // Text cells that recur, quoted and neutralised as csvCell makes them (none is numeric).
  const cell = encodedOnce(4096, (text) => csvCell(text, true, false));
  const separator = delimiter.charCodeAt(0);
  /** Whether csvCell writes a text as it is, one byte a character. */
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
  /** A cell of its own (an id, a group, a carried cell) as csvCell writes it, not kept. */
  const writeOwnCell = (text: string, numeric: boolean, into: Uint8Array, at: number): number => {
    if (!plainId(text))
      return at + utf8.encodeInto(csvCell(text, true, numeric), into.subarray(at)).written;
    let end = at;
    for (let c = 0; c < text.length; c++) into[end++] = text.charCodeAt(c);
    return end;
  };
  /** A number cell at `at`, after its delimiter: digits, or String's text kept as csvCell keeps it. */
  const writeNumberCell = (n: number, into: Uint8Array, at: number): number =>
    wholeNumber(n)
      ? writeDigits(n, into, at)
      : at + utf8.encodeInto(csvCell(String(n), true, true), into.subarray(at)).written;
  const { classAt, groupAt, wordsAt, carriedAt } = extraColumnsAt(shape);
  const numericAt = (i: number): boolean => NUMERIC_CELLS.includes(i);
  // The columns past the ten: class (10, text), choice (11, a number), choices
  // (12, text), group, the outcome words and the carried cells, whose places
  // vary (a number's column is kept as csvCell keeps one).
  const choicesNumeric = numericAt(classAt + 2);
  const choicesCell = (choices: readonly string[]): string =>
    csvCell(choices.join(CHOICES_SEPARATOR), true, choicesNumeric);
  const choicesTree = pieceTree(4096);
  const groupNumeric = numericAt(groupAt);
  const words = mailMerge?.outcomes;
  const wordsCell = encodedOnce(64, (outcome) =>
    csvCell(words![outcome as OutcomeKind], true, numericAt(wordsAt)),
  );
  const carriedColumns = mailMerge?.columns ?? 0;
  const carriedNumeric = Array.from({ length: carriedColumns }, (_, j) => numericAt(carriedAt + j));
  /** Room the columns past the ten take at most, with their delimiters. */
  const extraRoom = (row: DecisionRow): number => {
    let need = (DELIMITER.length + NUMBER_ROOM) * (carriedAt - 10 + carriedColumns);
    if (classes) {
      need += 6 * (row.class?.length ?? 0);
      const choices = row.choices ?? [];
      for (let i = 0; i < choices.length; i++) need += 6 * (choices[i]!.length + 3);
    }
    if (groups) need += 6 * (row.group?.length ?? 0);
    if (words) need += 6 * words[row.outcome].length;
    const cells = row.carried;
    for (let j = 0; j < carriedColumns; j++) need += 6 * (cells?.[j]?.length ?? 0);
    return need;
  };
  const extra = classes || groups || mailMerge !== undefined;
  /** The columns past the ten, each after its delimiter. */
  const writeExtra = (row: DecisionRow, into: Uint8Array, at: number): number => {
    let end = at;
    if (classes) {
      end = writeCell(row.class ?? "", into, put(DELIMITER, into, end));
      end = put(DELIMITER, into, end);
      if (row.choice !== undefined) end = writeNumberCell(row.choice, into, end);
      end = put(DELIMITER, into, end);
      const choices = row.choices ?? [];
      const list = choicesTree.of(choices);
      if (list === undefined)
        end += utf8.encodeInto(choicesCell(choices), into.subarray(end)).written;
      else {
        list.bytes ??= utf8.encode(choicesCell(choices));
        end = put(list.bytes, into, end);
      }
    }
    if (groups) end = writeOwnCell(row.group ?? "", groupNumeric, into, put(DELIMITER, into, end));
    if (words) {
      end = put(wordsCell(row.outcome)!, into, put(DELIMITER, into, end));
      const cells = row.carried;
      for (let j = 0; j < carriedColumns; j++)
        end = writeOwnCell(cells?.[j] ?? "", carriedNumeric[j]!, into, put(DELIMITER, into, end));
    }
    return end;
  };
  return (row, into, at) => {
    const { id, quota, code, reason, outcome } = row;
    // A cell of n characters takes at most 3n bytes, twice that quoted with its quotes doubled.
    const need =
      64 +
      6 * (id.length + outcome.length + (quota?.length ?? 0) + code.length + reason.length) +
      NUMBER_ROOM * 9 +
      DELIMITER.length * 10 +
      NEWLINE.length +
      (extra ? extraRoom(row) : 0);
    if (into.length - at < need) return -need;
    let end = writeOwnCell(id, false, into, at);
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
    if (extra) end = writeExtra(row, into, end);
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
