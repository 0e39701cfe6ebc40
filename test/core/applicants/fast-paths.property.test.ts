/**
 * The row loop's fast paths (plain numbers, YYYY-MM-DDTHH:MM[:SS]) must give
 * what the general parsers give, on strings near the shapes they take: a fast
 * path that accepted `2027-01-01T09:00 PM` as 09:00 let that applicant win a
 * first-come seat.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PARSE_ERROR,
  parseDatetime,
  parseDatetimeSlowly,
  parseNumber,
  parseNumberSlowly,
} from "../../../src/core/applicants/values.js";

/** A well-formed value, then a few characters replaced, inserted or cut. */
const near = (shapes: fc.Arbitrary<string>, alphabet: string[]) =>
  fc
    .tuple(
      shapes,
      fc.array(
        fc.tuple(
          fc.constantFrom("replace", "insert", "delete"),
          fc.nat(),
          fc.constantFrom(...alphabet),
        ),
        { maxLength: 3 },
      ),
      fc.constantFrom("", "", " PM", "abc", "Z", "+01:00", ":5", ":60", ".5", " "),
    )
    .map(([text, edits, suffix]) => {
      let t = text;
      for (const [kind, at, c] of edits) {
        const i = at % (t.length + 1);
        if (kind === "replace") t = t.slice(0, i) + c + t.slice(i + 1);
        else if (kind === "insert") t = t.slice(0, i) + c + t.slice(i);
        else t = t.slice(0, i) + t.slice(i + 1);
      }
      return t + suffix;
    });

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const datetime = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.option(fc.integer({ min: 0, max: 61 })),
    fc.constantFrom("T", " "),
  )
  .map(
    ([y, mo, d, h, mi, s, sep]) =>
      `${pad(y, 4)}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}${s === null ? "" : `:${pad(s)}`}`,
  );

const DATETIME_CHARS = ["0", "9", "-", ":", "T", " ", "a", "P", "M", "Z", "+", ".", "\u00a0"];
const NUMBER_CHARS = ["0", "1", "9", "-", "+", ".", ",", " ", "e", "\u00a0"];

describe("fast paths agree with the general parsers", () => {
  it("datetime", () => {
    fc.assert(
      fc.property(near(datetime, DATETIME_CHARS), (text) => {
        expect(parseDatetime(text)).toBe(parseDatetimeSlowly(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("number", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true }).map(String),
      fc.integer().map(String),
      fc.stringMatching(/^[-+]?\d{1,20}([.,]\d{0,20})?$/),
      // Around the largest double: 309 digits and more are Infinity to Number().
      fc
        .tuple(fc.integer({ min: 300, max: 420 }), fc.constantFrom("9", "1"))
        .map(([n, d]) => d.repeat(n)),
    );
    fc.assert(
      fc.property(near(numbers, NUMBER_CHARS), (text) => {
        expect(parseNumber(text)).toBe(parseNumberSlowly(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("number: up to 15 digits and a decimal mark anywhere, as Number() reads them", () => {
    const plain = fc
      .tuple(
        fc.constantFrom("", "-", "+"),
        fc.stringMatching(/^\d{1,15}$/),
        fc.nat(),
        fc.constantFrom(".", ","),
      )
      .map(([sign, digits, at, mark]) => {
        const i = at % (digits.length + 1);
        return `${sign}${digits.slice(0, i)}${mark}${digits.slice(i)}`;
      });
    fc.assert(
      fc.property(plain, (text) => {
        expect(parseNumber(text)).toBe(Number(text.replace(",", ".")));
      }),
      { numRuns: 20_000 },
    );
    expect(parseNumber("-0,0")).toBe(-0);
    expect(parseNumber("0,1")).toBe(0.1);
    expect(parseNumber("33,2")).toBe(33.2);
  });

  it("the cases that were wrong", () => {
    expect(parseDatetime("2027-01-01T09:00 PM")).toBe(PARSE_ERROR);
    expect(parseDatetime("2027-01-01T09:00abc")).toBe(PARSE_ERROR);
    expect(parseDatetime("2027-01-01T09:00:30")).toBe(parseDatetimeSlowly("2027-01-01T09:00:30"));
    expect(parseNumber("9".repeat(400))).toBe(PARSE_ERROR);
  });
});
