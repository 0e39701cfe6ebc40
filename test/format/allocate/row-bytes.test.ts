import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DecisionRow } from "../../../src/core/decision/report.js";
import {
  baseCells,
  byteChunks,
  CHUNK_BYTES,
  NUMERIC_CELLS,
  type RowBytes,
  rowCsvBytes,
  rowJsonBytes,
} from "../../../src/format/allocate/row-bytes.js";
import { rowJsonText } from "../../../src/format/allocate/row-json.js";
import { carriedJson, withCarried } from "../../../src/format/carried.js";
import { csvRow, EXCEL_DIALECT, PLAIN_DIALECT } from "../../../src/format/csv.js";

const utf8 = new TextEncoder();

/** Plain ASCII, quotes and backslashes, control characters, Nordic letters, emoji, lone surrogates. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "S0000001",
    "",
    'a"b',
    "a\\b",
    "a,b",
    "a;b",
    "tab\there",
    "line\nbreak",
    "=SUM(A1)",
    "-12",
    "+47 22",
    "@x",
    "\uFEFFbom",
    "Ærlig-Øst",
    "taket for vest er nådd, 14/14",
    "\ud83d\ude00",
    "\ud800",
    "x\udc00y",
  ),
);

/** Whole numbers as ranks and places are, and a few others the text writers still write. */
const number = fc.oneof(
  fc.nat(),
  fc.constantFrom(0, 9, 10, 99, 100, 2 ** 31, Number.MAX_SAFE_INTEGER),
  fc.double(),
  fc.integer({ min: -1000, max: -1 }),
);

const plainRow: fc.Arbitrary<DecisionRow> = fc.record({
  id: text,
  outcome: fc.constantFrom("admitted", "waitlisted", "declined", "ineligible", "invalid"),
  quota: fc.option(text),
  rank: fc.option(number),
  position: fc.option(fc.record({ overall: number, inGroup: number })),
  code: fc.constantFrom("MERIT", "GROUP_FULL", "SPREAD_CAP", "INELIGIBLE", "INVALID"),
  reason: fc.oneof(
    text,
    fc.constantFrom("kvoten Kommunehelsetjenesten er full, 20/20", "ikke kvalifisert: Nivå"),
  ),
  transferred: fc.boolean(),
  newlyOffered: fc.boolean(),
  params: fc.constant({ quota: null, transferred: false, from: null }),
});

/** With classes (choices, class, reasons per choice, places), a leader group, carried cells. */
const row: fc.Arbitrary<DecisionRow> = fc
  .tuple(
    plainRow,
    fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { freq: 4 }),
    fc.option(fc.record({ class: text, choice: fc.integer({ min: 1, max: 3 }) })),
    fc.option(
      fc.array(
        fc.record({
          choice: fc.nat(3),
          id: text,
          code: fc.constantFrom("CLASS_FULL", "SEATS_FULL"),
          reason: text,
        }),
        { maxLength: 3 },
      ),
    ),
    fc.oneof(fc.constant(undefined), fc.constant(undefined), fc.constant(null), text),
    fc.option(fc.array(text, { maxLength: 3 }), { freq: 2 }),
  )
  .map(([r, choices, placed, choiceReasons, group, carried]) => ({
    ...r,
    ...(choices ? { choices, ...(placed ?? {}) } : {}),
    ...(choices && choiceReasons ? { choiceReasons } : {}),
    ...(group !== undefined ? { group } : {}),
    ...(carried ? { carried } : {}),
  }));

/** Every row through the byte writer, growing the buffer when it asks for more room. */
const asBytes = (write: RowBytes, rows: readonly DecisionRow[], room: number): Uint8Array => {
  let into = new Uint8Array(room);
  let at = 0;
  for (const r of rows) {
    let end = write(r, into, at);
    if (end < 0) {
      // Nothing may be written when there is too little room.
      const before = into.slice(at);
      expect(-end).toBeGreaterThan(into.length - at);
      expectBytes(into.subarray(at), before);
      const bigger = new Uint8Array(at - end);
      bigger.set(into.subarray(0, at));
      into = bigger;
      end = write(r, into, at);
    }
    expect(end).toBeGreaterThan(at);
    at = end;
  }
  return into.slice(0, at);
};

const concat = (pieces: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** The same bytes, shown as hex when not (quicker to compare than arrays). */
const expectBytes = (actual: Uint8Array, expected: Uint8Array): void => {
  if (!Buffer.from(actual).equals(Buffer.from(expected)))
    expect(Buffer.from(actual).toString("hex")).toBe(Buffer.from(expected).toString("hex"));
};

/**
 * A writer that has seen a whole list: past 4,096 distinct reasons and
 * quotas, its texts encoded once are full, and the rest are written as they come.
 */
const seasoned = (write: RowBytes): RowBytes => {
  const into = new Uint8Array(4096);
  for (let i = 0; i < 5000; i++)
    write(
      {
        id: `S${i}`,
        outcome: "admitted",
        quota: `q${i}`,
        rank: i,
        position: null,
        code: "MERIT",
        reason: `r${i}`,
        transferred: false,
        newlyOffered: false,
      },
      into,
      0,
    );
  return write;
};

const CARRY = ["Navn", 'E-post "jobb"'];
const jsonWriters = {
  none: seasoned(rowJsonBytes()),
  carried: seasoned(rowJsonBytes(CARRY)),
};

describe("rowJsonBytes", () => {
  it("writes the UTF-8 of withCarried(rowJsonText(row), carried), row after row", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 400 }),
        (rows, carrying, room) => {
          const carry = carrying ? CARRY : undefined;
          const carried = carriedJson(carry);
          const text = rows.map((r) => withCarried(rowJsonText(r), carried(r.carried))).join("");
          const expected = utf8.encode(text);
          // A fresh writer (texts encoded once) and one that has seen a list.
          expectBytes(asBytes(rowJsonBytes(carry), rows, room), expected);
          expectBytes(
            asBytes(carrying ? jsonWriters.carried : jsonWriters.none, rows, room),
            expected,
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

const csvWriter = (excel: boolean) => {
  const dialect = excel ? EXCEL_DIALECT : PLAIN_DIALECT;
  return rowCsvBytes({ delimiter: dialect.delimiter, newline: dialect.newline });
};
const csvWriters = { plain: seasoned(csvWriter(false)), excel: seasoned(csvWriter(true)) };

describe("rowCsvBytes", () => {
  it("writes the UTF-8 of csvRow(baseCells(row)), neutralised, in both dialects", () => {
    fc.assert(
      fc.property(
        fc.array(plainRow, { maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 400 }),
        (rows, excel, room) => {
          const dialect = excel ? EXCEL_DIALECT : PLAIN_DIALECT;
          const options = {
            neutralise: true,
            numeric: NUMERIC_CELLS,
            delimiter: dialect.delimiter,
            newline: dialect.newline,
          };
          const text = rows.map((r) => csvRow(baseCells(r), options)).join("");
          const expected = utf8.encode(text);
          expectBytes(asBytes(csvWriter(excel), rows, room), expected);
          expectBytes(asBytes(excel ? csvWriters.excel : csvWriters.plain, rows, room), expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("writes rows with more columns from their cells", () => {
    const extra = (r: DecisionRow) => [...baseCells(r), r.class ?? "", ...(r.carried ?? [])];
    const write = rowCsvBytes({ delimiter: ",", newline: "\n", extra });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const options = { neutralise: true, numeric: NUMERIC_CELLS };
        const text = rows.map((r) => csvRow(extra(r), options)).join("");
        expectBytes(asBytes(write, rows, 64), utf8.encode(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe("byteChunks", () => {
  it("hands on full buffers of new memory, every row whole, one larger than a buffer too", () => {
    const write = rowJsonBytes();
    const chunks = byteChunks(write);
    const separator = utf8.encode(",\n");
    const rows: DecisionRow[] = [];
    for (let i = 0; i < 3000; i++)
      rows.push({
        id: `S${i}`,
        outcome: "waitlisted",
        quota: "kommune",
        rank: i + 1,
        position: { overall: i + 1, inGroup: i },
        code: "GROUP_FULL",
        // One reason of 200,000 characters: more room than a buffer holds.
        reason: i === 1500 ? "å".repeat(200_000) : `grunn ${i % 7}`,
        transferred: false,
        newlyOffered: false,
      });
    const given: Uint8Array[] = [];
    for (const r of rows) {
      const full = chunks.add(separator, r);
      if (full) {
        // Kept by the consumer: later rows must not write over it.
        for (const earlier of given) expect(earlier.buffer).not.toBe(full.buffer);
        given.push(full);
      }
    }
    given.push(chunks.rest());
    expect(given.length).toBeGreaterThan(2);
    for (const piece of given.slice(0, -1)) expect(piece.length).toBeLessThanOrEqual(2 ** 20);
    expect(given.some((p) => p.length > CHUNK_BYTES)).toBe(true);
    const text = rows.map((r) => `,\n${rowJsonText(r)}`).join("");
    expectBytes(concat(given), utf8.encode(text));
  });
});
