import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DecisionRow } from "../../../src/core/decision/report.js";
import {
  baseCells,
  type CsvColumns,
  csvCells,
  NUMERIC_CELLS,
} from "../../../src/format/allocate/csv-cells.js";
import {
  byteChunks,
  CHUNK_BYTES,
  type CsvRowsShape,
  type RowBytes,
  rowCsvBytes,
  rowJsonBytes,
} from "../../../src/format/allocate/row-bytes.js";
import { rowJsonText } from "../../../src/format/allocate/row-json.js";
import { carriedJson, withCarried } from "../../../src/format/carried.js";
import { csvRow, EXCEL_DIALECT, PLAIN_DIALECT } from "../../../src/format/csv.js";

const utf8 = new TextEncoder();

/** Characters that take the most room: escaped in JSON (6 bytes), quoted in csv, 3 bytes, 4 bytes. */
const dense = fc
  .array(fc.constantFrom("\u0001", '"', "\\", "\u20ac", "\ud800", "\ud83d\ude00", ",", "\n"), {
    maxLength: 40,
  })
  .map((cs) => cs.join(""));

/** Plain ASCII, quotes and backslashes, control characters, Nordic letters, emoji, lone surrogates. */
const text = fc.oneof(
  fc.string(),
  dense,
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
    "oslo-a",
    "Tromsø",
    "*",
    " | ",
  ),
);

/** Whole numbers as ranks and places are, and a few others the text writers still write. */
const number = fc.oneof(
  fc.nat(),
  fc.constantFrom(0, 9, 10, 99, 100, 2 ** 31, Number.MAX_SAFE_INTEGER),
  // The longest texts String writes of a number, and those JSON.stringify writes otherwise.
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, -1.2345678901234568e-300, -5e-324),
  fc.double(),
  fc.integer({ min: -1000, max: -1 }),
);

/** Rows of these texts and numbers: the ten columns' keys alone, and with the others. */
const rowsOf = (text: fc.Arbitrary<string>, number: fc.Arbitrary<number>, most = false) => {
  /** Up to `max` items; with `most`, always `max`. */
  const some = (max: number) => ({ minLength: most ? max : 0, maxLength: max });
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
      fc.option(fc.array(text, some(4)), { freq: 4 }),
      fc.option(fc.record({ class: text, choice: number })),
      fc.option(
        fc.array(
          fc.record({
            choice: number,
            id: text,
            code: fc.oneof(fc.constantFrom("CLASS_FULL", "SEATS_FULL", "SITE_FULL"), text),
            reason: fc.oneof(text, fc.constantFrom("klassen er full, 5/5", "ikke plass i Oslo")),
          }),
          { maxLength: 6 },
        ),
      ),
      fc.option(fc.array(fc.record({ choice: number, id: text, position: number }), some(6))),
      fc.oneof(fc.constant(undefined), fc.constant(undefined), fc.constant(null), text),
      fc.option(fc.array(text, some(3)), { freq: 2 }),
    )
    .map(([r, choices, placed, choiceReasons, positions, group, carried]) => ({
      ...r,
      ...(choices ? { choices, ...(placed ?? {}) } : {}),
      ...(choices && choiceReasons ? { choiceReasons } : {}),
      ...(choices && positions ? { positions } : {}),
      ...(group !== undefined ? { group } : {}),
      ...(carried ? { carried } : {}),
    }));
  return { plainRow, row };
};

const { plainRow, row } = rowsOf(text, number);

/**
 * Rows that take the most room a character and a number can, with as many
 * choices, refusals, places and carried cells as rows have here: texts of
 * one character escaped in JSON (6 bytes), of 3 or 4 bytes, or a quote
 * (doubled in csv), and the longest text String writes of a number.
 */
const worstRow = rowsOf(
  fc
    .tuple(fc.constantFrom("\u0001", "\u20ac", '"', "\ud83d\ude00", "\ud800"), fc.nat(30))
    .map(([c, n]) => c.repeat(n)),
  fc.constantFrom(-1.2345678901234568e-300, Number.MAX_SAFE_INTEGER),
  true,
).row;

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
    expect(end).toBeLessThanOrEqual(into.length);
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
 * A writer that has seen a whole list: past 4,096 distinct reasons, quotas,
 * classes, lists of choices, refusals and places, its texts encoded once
 * are full, and the rest are written as they come. A few lists and
 * refusals the rows draw are encoded first, so that some are found part
 * way (a list whose first choice is known, the next not).
 */
const seasoned = (write: RowBytes): RowBytes => {
  const into = new Uint8Array(1 << 16);
  for (let i = 0; i < 5000; i++) {
    const known = i < 4 ? ["oslo-a", "Tromsø", "*", ""][i]! : `c${i}`;
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
        choices: [known],
        class: known,
        choice: 1,
        choiceReasons: [{ choice: 1, id: known, code: "CLASS_FULL", reason: `r${i}` }],
        positions: [{ choice: 1, id: known, position: i }],
        group: `g${i}`,
        carried: [`n${i}`],
      },
      into,
      0,
    );
  }
  return write;
};

const CARRY = ["Navn", 'E-post "jobb"'];
const jsonWriters = {
  none: seasoned(rowJsonBytes()),
  carried: seasoned(rowJsonBytes(CARRY)),
};
// Writers kept across the runs: their texts encoded once fill with hostile ones.
const jsonShared = { none: rowJsonBytes(), carried: rowJsonBytes(CARRY) };

/** The room a row asks for, from a writer given none. */
const roomOf = (write: RowBytes, r: DecisionRow): number => {
  const need = write(r, new Uint8Array(0), 0);
  expect(need).toBeLessThan(0);
  return -need;
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
          expectBytes(
            asBytes(carrying ? jsonShared.carried : jsonShared.none, rows, room),
            expected,
          );
        },
      ),
      { numRuns: 600 },
    );
  });

  it("asks for room that holds the row: in a buffer of just that room it is written whole", () => {
    fc.assert(
      fc.property(fc.oneof(row, worstRow), fc.boolean(), fc.boolean(), (r, carrying, fresh) => {
        const carry = carrying ? CARRY : undefined;
        const write = fresh
          ? rowJsonBytes(carry)
          : carrying
            ? jsonWriters.carried
            : jsonWriters.none;
        const into = new Uint8Array(roomOf(write, r));
        const end = write(r, into, 0);
        const expected = utf8.encode(withCarried(rowJsonText(r), carriedJson(carry)(r.carried)));
        expect(end).toBe(expected.length);
        expectBytes(into.subarray(0, end), expected);
      }),
      { numRuns: 600 },
    );
  });
});

/** Outcome words that need quotes or neutralising, as a program's words might. */
const HOSTILE_WORDS = {
  admitted: "=Tatt opp",
  waitlisted: 'Venteliste "A"',
  declined: "Takket nei; ja",
  ineligible: "\uFEFFikke kvalifisert",
  invalid: "-1",
};

const outcomeWords = fc.record({
  admitted: text,
  waitlisted: text,
  declined: text,
  ineligible: text,
  invalid: text,
});

/** Columns past the ten: with classes, a group, carried columns (1-3), in every combination. */
const columns: fc.Arbitrary<CsvColumns> = fc.record({
  classes: fc.boolean(),
  groups: fc.boolean(),
  mailMerge: fc.option(
    fc.record({
      outcomes: fc.oneof(fc.constant(HOSTILE_WORDS), outcomeWords),
      columns: fc.integer({ min: 1, max: 3 }),
    }),
    { nil: undefined },
  ),
});

const shapeOf = (excel: boolean, cols: CsvColumns = {}): CsvRowsShape => {
  const dialect = excel ? EXCEL_DIALECT : PLAIN_DIALECT;
  return { delimiter: dialect.delimiter, newline: dialect.newline, ...cols };
};

const csvText = (excel: boolean, cols: CsvColumns, rows: readonly DecisionRow[]): string => {
  const shape = shapeOf(excel, cols);
  const options = {
    neutralise: true,
    numeric: NUMERIC_CELLS,
    delimiter: shape.delimiter,
    newline: shape.newline,
  };
  return rows.map((r) => csvRow(csvCells(cols)(r), options)).join("");
};

const csvWriter = (excel: boolean) => rowCsvBytes(shapeOf(excel));
const csvWriters = { plain: seasoned(csvWriter(false)), excel: seasoned(csvWriter(true)) };

/** Seasoned writers of every combination of columns (two carried, hostile words) and dialect. */
const seasonedShapes = new Map<string, { cols: CsvColumns; write: RowBytes }>();
for (const excel of [false, true])
  for (const classes of [false, true])
    for (const groups of [false, true])
      for (const carried of [false, true]) {
        const cols: CsvColumns = {
          classes,
          groups,
          mailMerge: carried ? { outcomes: HOSTILE_WORDS, columns: 2 } : undefined,
        };
        seasonedShapes.set(`${excel} ${classes} ${groups} ${carried}`, {
          cols,
          write: seasoned(rowCsvBytes(shapeOf(excel, cols))),
        });
      }

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

  it("writes the UTF-8 of csvRow(csvCells(columns)(row)) with class, group and carried columns", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 10 }),
        fc.boolean(),
        columns,
        fc.integer({ min: 0, max: 400 }),
        (rows, excel, cols, room) => {
          expectBytes(
            asBytes(rowCsvBytes(shapeOf(excel, cols)), rows, room),
            utf8.encode(csvText(excel, cols, rows)),
          );
          // The same rows through a writer whose texts encoded once are full.
          const key = `${excel} ${cols.classes} ${cols.groups} ${cols.mailMerge !== undefined}`;
          const { cols: full, write } = seasonedShapes.get(key)!;
          expectBytes(asBytes(write, rows, room), utf8.encode(csvText(excel, full, rows)));
        },
      ),
      { numRuns: 600 },
    );
  });

  it("asks for room that holds the row: in a buffer of just that room it is written whole", () => {
    fc.assert(
      fc.property(fc.oneof(row, worstRow), fc.boolean(), columns, (r, excel, cols) => {
        const write = rowCsvBytes(shapeOf(excel, cols));
        const into = new Uint8Array(roomOf(write, r));
        const end = write(r, into, 0);
        const expected = utf8.encode(csvText(excel, cols, [r]));
        expect(end).toBe(expected.length);
        expectBytes(into.subarray(0, end), expected);
      }),
      { numRuns: 600 },
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
