import { Buffer } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/core/check/verdict.js";
import { verdictJsonBytes, verdictJsonText } from "../../../src/format/check/ndjson.js";

type Row = Omit<Verdict, "values">;

/** Every row through the byte writer, growing the buffer when it asks for more room. */
const asBytes = (rows: readonly Row[], carry?: readonly string[], room = 16): string => {
  const write = verdictJsonBytes(carry);
  let into = Buffer.alloc(room);
  let at = 0;
  for (const row of rows) {
    let end = write(row, into, at);
    if (end < 0) {
      // Nothing may be written when there is too little room.
      const before = Buffer.from(into.subarray(at));
      expect(-end).toBeGreaterThan(into.length - at);
      const bigger = Buffer.alloc(at - end);
      into.copy(bigger, 0, 0, at);
      expect(into.subarray(at).equals(before)).toBe(true);
      into = bigger;
      end = write(row, into, at);
    }
    expect(end).toBeGreaterThan(at);
    at = end;
  }
  return into.subarray(0, at).toString("utf8");
};

const asText = (rows: readonly Row[], carry?: readonly string[]): string => {
  const json = verdictJsonText(carry);
  return rows.map((row) => `${json(row)}\n`).join("");
};

const REASONS = [
  Object.freeze(["Nominert av leder"]) as string[],
  Object.freeze(["Leder i minst ett år", 'Nivå "strategisk"']) as string[],
];

const row = (carrying: boolean) =>
  fc.record({
    // Plain ASCII, quotes and backslashes, control characters, Nordic letters, emoji, lone surrogates.
    id: fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: "binary" }),
      fc.constantFrom(
        "S0000001",
        'a"b',
        "a\\b",
        "tab\there",
        "Ærlig-Øst",
        "\ud83d\ude00",
        "\ud800",
      ),
    ),
    line: fc.oneof(
      fc.integer({ min: 1, max: 2 ** 32 - 1 }),
      fc.constantFrom(1, 9, 10, 99, 100, 1e9),
    ),
    verdict: fc.constantFrom("eligible", "ineligible", "invalid") as fc.Arbitrary<
      Verdict["verdict"]
    >,
    reasons: fc.oneof(
      fc.constant([] as string[]),
      fc.constantFrom(...REASONS),
      fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 3 }),
    ),
    problems: fc.oneof(
      fc.constant([]),
      fc.constant([
        {
          column: "ansattnummer",
          value: "S1",
          message: "duplicate applicant id: also on line 2",
          code: "duplicate-id" as const,
          numbers: [2],
        },
      ]),
    ),
    ...(carrying
      ? { carried: fc.array(fc.string({ unit: "grapheme" }), { minLength: 2, maxLength: 2 }) }
      : {}),
  }) as unknown as fc.Arbitrary<Row>;

describe("ndjson rows written as bytes", () => {
  it("are the bytes of the rows' text, for any id, line and reasons", () => {
    fc.assert(
      fc.property(
        fc.array(row(false), { maxLength: 40 }),
        fc.integer({ min: 1, max: 400 }),
        (rows, room) => {
          expect(asBytes(rows, undefined, room)).toBe(asText(rows));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with carried columns too", () => {
    const carry = ["Navn", 'E-"post"'];
    fc.assert(
      fc.property(fc.array(row(true), { maxLength: 20 }), (rows) => {
        expect(asBytes(rows, carry)).toBe(asText(rows, carry));
      }),
      { numRuns: 200 },
    );
  });

  it("keep a plain row's cached text apart from a row with problems", () => {
    const plain: Row = {
      id: "S1",
      line: 2,
      verdict: "ineligible",
      reasons: REASONS[0]!,
      problems: [],
    };
    const rows: Row[] = [
      plain,
      {
        ...plain,
        line: 3,
        problems: [{ column: "a", value: "b", message: "c", code: "duplicate-id", numbers: [2] }],
      },
      { ...plain, line: 4 },
      { ...plain, line: 5, verdict: "eligible", reasons: [] },
    ];
    expect(asBytes(rows)).toBe(asText(rows));
  });
});
