/**
 * The verdicts of one byte range, without the duplicate-id check (which needs
 * every id before it, so the main thread does it in file order), packed into
 * typed arrays and one string so that passing them between threads copies
 * little: the same work for a worker thread and for the main thread.
 */
import type { CellProblem, Layout } from "../../../core/applicants/layout.js";
import { readRow } from "../../../core/applicants/layout.js";
import type { Value } from "../../../core/applicants/values.js";
import { hashInto } from "../../../core/check/id-set.js";
import type { Verdict } from "../../../core/check/verdict.js";
import type { CompiledRule } from "../../../core/rules/compile.js";
import { type RangeDialect, type RangeEnd, readRange } from "./range-reader.js";

export const ELIGIBLE = 0;
export const INELIGIBLE = 1;
export const INVALID = 2;
export const KINDS = ["eligible", "ineligible", "invalid"] as const;

/** A verdict as a format words it, without its typed values. */
export type RowVerdict = Omit<Verdict, "values">;

/**
 * How the rows are written where a format writes them on the worker threads:
 * its row function (`row`: the whole row with its line number, one line
 * holding no line break, as ndjson's are), and the carried columns by index
 * (-1: the list lacks it, an empty cell).
 */
export interface RowText {
  row: (v: RowVerdict) => string;
  /**
   * The same row and its line break written as UTF-8 into `into` at `at`:
   * returns where it ends, or minus the bytes it needs when `into` has too
   * little room after `at` (nothing written). Where a format has it, the
   * worker threads use it instead of `row`.
   */
  bytes?: (v: RowVerdict, into: Buffer, at: number) => number;
  carry: readonly number[];
}

/** The formats whose rows the worker threads can write, as data that crosses to a worker. */
export interface RowTextSpec {
  format: "ndjson";
  /** Headers of the carried columns, as the format gets them (CheckRun.carry). */
  carryHeaders?: readonly string[];
  /** The carried columns by index in the list (-1: the list lacks it). */
  carry: readonly number[];
}

/** What a description stands for (given by the shell, which knows the formats). */
export type MakeRowText = (spec: RowTextSpec) => RowText;

/** `text`, or a copy twice as long, with room for `piece` after `used` bytes. */
const withRoom = (text: Buffer, used: number, piece: string): Buffer => {
  // A UTF-16 code unit never takes more than 3 bytes in UTF-8; mostly it takes one.
  if (used + piece.length * 3 <= text.length) return text;
  const bytes = Buffer.byteLength(piece, "utf8");
  if (used + bytes <= text.length) return text;
  const bigger = Buffer.allocUnsafeSlow(Math.max(used + bytes, text.length * 2));
  text.copy(bigger, 0, 0, used);
  return bigger;
};

/** `text`, or a copy twice as long, with room for `bytes` more after `used`. */
const withBytes = (text: Buffer, used: number, bytes: number): Buffer => {
  if (used + bytes <= text.length) return text;
  const bigger = Buffer.allocUnsafeSlow(Math.max(used + bytes, text.length * 2));
  text.copy(bigger, 0, 0, used);
  return bigger;
};

/** Distinct lists of failing reasons, numbered in the order first met. */
export class ReasonTable {
  private readonly index = new Map<string, number>();
  readonly lists: string[][] = [];
  private sent = 0;

  number(reasons: string[]): number {
    const key = reasons.join("\u0000");
    let n = this.index.get(key);
    if (n === undefined) {
      n = this.lists.length;
      // Frozen: a format may keep what it wrote for a list by identity.
      this.lists.push(Object.freeze(reasons) as string[]);
      this.index.set(key, n);
    }
    return n;
  }

  /** The lists numbered since the last call. */
  fresh(): string[][] {
    const lists = this.lists.slice(this.sent);
    this.sent = this.lists.length;
    return lists;
  }
}

export interface RangeVerdicts {
  count: number;
  /** Line of each record, counted from the `firstLine` it was read with. */
  lines: Uint32Array;
  kinds: Uint8Array;
  /** For ineligible records, the number of their reason list. */
  reasons: Uint32Array;
  /**
   * The ids, trimmed, one after another as UTF-16 code units; idEnds[i] is
   * where record i's ends. Code units rather than strings: nothing a record
   * allocates lives past its piece, so little is promoted to the old
   * generation while a range is read.
   */
  ids: Uint16Array;
  idEnds: Uint32Array;
  /** Each id's hash (two 32-bit lanes a record, IdSet's), for the duplicate check. */
  hashes: Uint32Array;
  /**
   * With rows written here (RowText): their UTF-8 text one after another,
   * row i ending in the i-th line break (a row holds no other), with its
   * final line number.
   */
  text: Uint8Array;
  /**
   * With choices read: each record's resolved choices as positions in the
   * choice reader's targets, one after another; choiceEnds[i] is where record
   * i's end (invalid records have none).
   */
  choices: Uint16Array;
  choiceEnds: Uint32Array;
  /**
   * With columns carried (`dialect.carry`): their cells, trimmed, one after
   * another as UTF-16 code units, as the ids are; carriedEnds[i * k + j] is
   * where record i's cell of carried column j ends (k columns).
   */
  carried: Uint16Array;
  carriedEnds: Uint32Array;
  /** Records with data problems: their index and problems. */
  problems: [number, CellProblem[]][];
  /** Reason lists first numbered in this range. */
  newReasons: string[][];
  end: RangeEnd;
  /** What a RangeSink gathered from the range's eligible records (allocate's pool columns). */
  extra?: unknown;
}

/**
 * Sees the typed values of each eligible record of a range as it is checked
 * (by its index in the range), and gives what it kept: the verdicts' `extra`.
 */
export interface RangeSink {
  eligible(index: number, values: readonly Value[]): void;
  done(count: number): unknown;
}

const NONE: never[] = [];
/** Rows are gathered into a string of about this many UTF-16 code units before one UTF-8 write. */
const ROWS_CHARS = 8192;

export interface RangeChecker {
  layout: Layout;
  rule: CompiledRule;
}

/**
 * The arrays of a range's verdicts that the main thread sends back once it
 * has taken them, to be filled again for a range to come: the main thread
 * then holds no garbage buffers of the workers' (it makes little garbage of
 * its own, so they would wait long for a collection).
 */
export interface SpareBuffers {
  lines: ArrayBuffer;
  kinds: ArrayBuffer;
  reasons: ArrayBuffer;
  idEnds: ArrayBuffer;
  hashes: ArrayBuffer;
  ids: ArrayBuffer;
  text: ArrayBuffer;
}

/** The buffers behind a range's verdicts, to send back (SpareBuffers). */
export const spareBuffers = (range: RangeVerdicts): SpareBuffers => ({
  lines: range.lines.buffer as ArrayBuffer,
  kinds: range.kinds.buffer as ArrayBuffer,
  reasons: range.reasons.buffer as ArrayBuffer,
  idEnds: range.idEnds.buffer as ArrayBuffer,
  hashes: range.hashes.buffer as ArrayBuffer,
  ids: range.ids.buffer as ArrayBuffer,
  text: range.text.buffer as ArrayBuffer,
});

/** An array of `length` elements, on a spare buffer when it is large enough. */
const arrayOn = <T extends Uint8Array | Uint16Array | Uint32Array>(
  make: { new (n: number): T; new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
  spare: ArrayBuffer | undefined,
  length: number,
): T =>
  spare !== undefined && spare.byteLength >= length * make.BYTES_PER_ELEMENT
    ? new make(spare)
    : new make(length);

const grow = <T extends Uint8Array | Uint16Array | Uint32Array>(array: T, size: number): T => {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
};

export const checkRange = (
  bytes: Uint8Array,
  dialect: RangeDialect,
  firstLine: number,
  final: boolean,
  checker: RangeChecker,
  table: ReasonTable,
  rowText?: RowText,
  /** Buffers to fill, where they are large enough (sent back to be used again). */
  spare?: SpareBuffers,
  sink?: RangeSink,
): RangeVerdicts => {
  const { layout, rule } = checker;
  // About 250 bytes a record; grown when a range holds more.
  const guess = Math.max(64, Math.ceil(bytes.length / 128));
  let lines = arrayOn(Uint32Array, spare?.lines, guess);
  let kinds = arrayOn(Uint8Array, spare?.kinds, guess);
  let reasons = arrayOn(Uint32Array, spare?.reasons, guess);
  let idEnds = arrayOn(Uint32Array, spare?.idEnds, guess);
  let hashes = arrayOn(Uint32Array, spare?.hashes, guess * 2);
  // Rows of ndjson take about as many bytes as the records they are about.
  const room = rowText ? Math.max(64 * 1024, bytes.length + (bytes.length >> 2)) : 0;
  let text: Buffer =
    spare && spare.text.byteLength >= room ? Buffer.from(spare.text) : Buffer.allocUnsafeSlow(room);
  let textLength = 0;
  let ids = arrayOn(Uint16Array, spare?.ids, guess * 16);
  let idLength = 0;
  const targets = layout.choices?.reader.targets;
  const targetAt = new Map(targets?.map((choice, i) => [choice, i]));
  let choices = new Uint16Array(targets ? guess * 2 : 0);
  let choiceEnds = new Uint32Array(targets ? guess : 0);
  let choiceLength = 0;
  const carry = dialect.carry ?? [];
  const k = carry.length;
  let carried = new Uint16Array(k > 0 ? guess * 16 : 0);
  let carriedEnds = new Uint32Array(guess * k);
  let carriedLength = 0;
  const problems: [number, CellProblem[]][] = [];
  let count = 0;
  const reader = readRange(bytes, dialect, firstLine, final);
  let next = reader.next();
  for (; !next.done; next = reader.next()) {
    const batch = next.value;
    const n = batch.records.length;
    if (count + n > lines.length) {
      lines = grow(lines, count + n);
      kinds = grow(kinds, count + n);
      reasons = grow(reasons, count + n);
      idEnds = grow(idEnds, count + n);
      hashes = grow(hashes, (count + n) * 2);
      if (targets) choiceEnds = grow(choiceEnds, count + n);
      if (k > 0) carriedEnds = grow(carriedEnds, (count + n) * k);
    }
    // The batch's rows, written as one string: one UTF-8 write a batch, not a row.
    let rows = "";
    for (let i = 0; i < n; i++, count++) {
      const row = readRow(layout, batch.records[i]!);
      lines[count] = batch.lines[i]!;
      const id = row.id;
      if (idLength + id.length > ids.length) ids = grow(ids, idLength + id.length);
      for (let c = 0; c < id.length; c++) ids[idLength + c] = id.charCodeAt(c);
      idLength += id.length;
      idEnds[count] = idLength;
      hashInto(id, hashes, count * 2);
      for (let j = 0; j < k; j++) {
        const cell = (batch.records[i]![carry[j]!] ?? "").trim();
        if (carriedLength + cell.length > carried.length)
          carried = grow(carried, carriedLength + cell.length);
        for (let c = 0; c < cell.length; c++) carried[carriedLength + c] = cell.charCodeAt(c);
        carriedLength += cell.length;
        carriedEnds[count * k + j] = carriedLength;
      }
      if (targets) {
        const resolved = row.choices ?? [];
        if (choiceLength + resolved.length > choices.length)
          choices = grow(choices, choiceLength + resolved.length);
        for (const choice of resolved) choices[choiceLength++] = targetAt.get(choice)!;
        choiceEnds[count] = choiceLength;
      }
      if (row.problems) {
        kinds[count] = INVALID;
        problems.push([count, row.problems]);
      } else if (rule.test(row.values)) {
        kinds[count] = ELIGIBLE;
        sink?.eligible(count, row.values);
      } else {
        kinds[count] = INELIGIBLE;
        reasons[count] = table.number(rule.reasons(row.values));
      }
      if (rowText) {
        const kind = kinds[count]!;
        const cells = batch.records[i]!;
        const verdict: RowVerdict = {
          id,
          line: batch.lines[i]!,
          verdict: KINDS[kind]!,
          reasons: kind === INELIGIBLE ? table.lists[reasons[count]!]! : NONE,
          problems: row.problems ?? NONE,
        };
        if (targets && kind !== INVALID) verdict.choices = row.choices ?? [];
        if (rowText.carry.length > 0)
          verdict.carried = rowText.carry.map((c) => (c < 0 ? "" : (cells[c] ?? "").trim()));
        if (rowText.bytes) {
          let end = rowText.bytes(verdict, text, textLength);
          if (end < 0) {
            text = withBytes(text, textLength, -end);
            end = rowText.bytes(verdict, text, textLength);
          }
          textLength = end;
          continue;
        }
        rows += `${rowText.row(verdict)}\n`;
        // Written out before the string gets long: a long one would be
        // allocated among the large objects, which only a full collection frees.
        if (rows.length >= ROWS_CHARS) {
          text = withRoom(text, textLength, rows);
          textLength += text.write(rows, textLength, "utf8");
          rows = "";
        }
      }
    }
    if (rows.length > 0) {
      text = withRoom(text, textLength, rows);
      textLength += text.write(rows, textLength, "utf8");
    }
  }
  return {
    count,
    lines: lines.subarray(0, count),
    kinds: kinds.subarray(0, count),
    reasons: reasons.subarray(0, count),
    ids: ids.subarray(0, idLength),
    idEnds: idEnds.subarray(0, count),
    hashes: hashes.subarray(0, count * 2),
    text: new Uint8Array(text.buffer, text.byteOffset, textLength),
    choices: choices.subarray(0, choiceLength),
    choiceEnds: choiceEnds.subarray(0, targets ? count : 0),
    carried: carried.subarray(0, carriedLength),
    carriedEnds: carriedEnds.subarray(0, count * k),
    problems,
    newReasons: table.fresh(),
    end: next.value,
    ...(sink ? { extra: sink.done(count) } : {}),
  };
};
