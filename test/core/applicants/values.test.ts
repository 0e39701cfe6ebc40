import { describe, expect, it } from "vitest";
import { layoutFor, readRow } from "../../../src/core/applicants/layout.js";
import {
  enumParser,
  PARSE_ERROR,
  parseBoolean,
  parseDate,
  parseDatetime,
  parseNumber,
} from "../../../src/core/applicants/values.js";
import { dayNumberOf } from "../../../src/core/calendar/date.js";
import { hashInto, IdSet } from "../../../src/core/check/id-set.js";
import { programWithFields } from "../builders.js";

describe("cell values", () => {
  it("booleans: ja/nei/nej/yes/no/true/false/1/0/x/empty, any case", () => {
    for (const t of ["ja", "JA", " yes ", "true", "1", "x", "X"])
      expect(parseBoolean(t)).toBe(true);
    for (const t of ["nei", "nej", "no", "false", "0", ""]) expect(parseBoolean(t)).toBe(false);
    expect(parseBoolean("kanskje")).toBe(PARSE_ERROR);
  });

  it("booleans as Excel in each Nordic language writes TRUE and FALSE into CSV", () => {
    // nb/nn, sv, da, fi; any case, and EPÄTOSI decomposed as a Mac types it.
    for (const t of ["SANN", "SANT", "SAND", "TOSI", "sann", "Tosi"])
      expect(parseBoolean(t), t).toBe(true);
    for (const t of ["USANN", "FALSKT", "FALSK", "EPÄTOSI", "epätosi", "EPA\u0308TOSI"])
      expect(parseBoolean(t), t).toBe(false);
    for (const t of ["SANNT", "FALS", "EPÄ"]) expect(parseBoolean(t), t).toBe(PARSE_ERROR);
  });

  it("numbers with a decimal point or comma, and spaces as thousands separators", () => {
    expect(parseNumber("12,5")).toBe(12.5);
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber("1 234,5")).toBe(1234.5);
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber("")).toBe(null);
    for (const bad of ["1,234.5", "1,2,3", "12a", "NaN", "Infinity", "1e5", "."])
      expect(parseNumber(bad)).toBe(PARSE_ERROR);
  });

  it("dates as YYYY-MM-DD and DD.MM.YYYY, impossible days refused", () => {
    expect(parseDate("2027-04-12")).toBe(dayNumberOf("2027-04-12"));
    expect(parseDate("12.04.2027")).toBe(dayNumberOf("2027-04-12"));
    expect(parseDate("1.4.2027")).toBe(dayNumberOf("2027-04-01"));
    for (const bad of ["2027-02-30", "31.04.2027", "2027/04/12", "12.04.27", "April"])
      expect(parseDate(bad)).toBe(PARSE_ERROR);
  });

  it("datetimes in minutes of the wall clock", () => {
    const day = dayNumberOf("2027-03-01");
    expect(parseDatetime("2027-03-01T10:15:00")).toBe(day * 1440 + 615);
    expect(parseDatetime("01.03.2027 10:15")).toBe(day * 1440 + 615);
    expect(parseDatetime("2027-03-01")).toBe(day * 1440);
    expect(parseDatetime("2027-03-01T25:00")).toBe(PARSE_ERROR);
  });

  it("enums match ignoring case and return the declared spelling", () => {
    const parse = enumParser(["Region Skåne", "annan"]);
    expect(parse(" region skåne ")).toBe("Region Skåne");
    expect(parse("Stockholm")).toBe(PARSE_ERROR);
  });

  it("enums give the same value for a spelling met again, also past the spellings kept", () => {
    const parse = enumParser(["Region Skåne", "annan", "Ärende"]);
    const cells = [" region skåne ", "ANNAN", "Stockholm", "   ", "A\u0308rende", "a\u0308RENDE "];
    const first = cells.map(parse);
    expect(first).toEqual(["Region Skåne", "annan", PARSE_ERROR, null, "Ärende", "Ärende"]);
    // Many other spellings, more than are kept, then the first ones again.
    for (let i = 0; i < 1000; i++) expect(parse(`Stockholm ${i}`)).toBe(PARSE_ERROR);
    for (let i = 0; i < 300; i++)
      expect(parse(i % 2 ? `ANNAN${" ".repeat(i % 7)}` : "Annan")).toBe("annan");
    expect(cells.map(parse)).toEqual(first);
    expect(parse("x".repeat(100))).toBe(PARSE_ERROR);
    expect(parse(` annan${" ".repeat(100)}`)).toBe("annan");
  });
});

describe("layout and rows", () => {
  const p = programWithFields({
    sector: { type: "enum", values: ["spesialist", "kommune"], column: "Sektor" },
    score: { type: "number", column: "Poeng" },
    note: { type: "string", required: false },
  });

  it("matches headers ignoring case and surrounding space", () => {
    const result = layoutFor(p, [" ID", "sektor ", "POENG"]);
    expect(result.ok).toBe(true);
  });

  it("names every missing required column and the columns found", () => {
    expect(layoutFor(p, ["id", "Navn"])).toEqual({
      ok: false,
      missing: ["Sektor", "Poeng"],
      found: ["id", "Navn"],
    });
  });

  it("reads typed values and locates every problem of a row", () => {
    const result = layoutFor(p, ["id", "Sektor", "Poeng"]);
    if (!result.ok) throw new Error("layout");
    expect(readRow(result.layout, ["a1", "kommune", "7,5"])).toEqual({
      id: "a1",
      values: ["kommune", 7.5, null],
      problems: undefined,
    });
    expect(readRow(result.layout, ["a2", "privat", ""]).problems).toEqual([
      {
        column: "Sektor",
        value: "privat",
        message: "expected one of spesialist or kommune",
        code: "expected",
        type: "enum",
        values: ["spesialist", "kommune"],
      },
      { column: "Poeng", value: "", message: "a required value is missing", code: "required" },
    ]);
    expect(readRow(result.layout, ["a3", "kommune"]).problems?.[0]?.message).toBe(
      "the row has 2 cells, the header 3",
    );
  });

  it("accepts empty cells past the header (Excel adds them), not cells with anything in them", () => {
    const result = layoutFor(p, ["id", "Sektor", "Poeng"]);
    if (!result.ok) throw new Error("layout");
    expect(readRow(result.layout, ["a1", "kommune", "7", "", " "]).problems).toBeUndefined();
    expect(readRow(result.layout, ["a1", "kommune", "7", "", "x"]).problems?.[0]?.message).toBe(
      "the row has 5 cells, the header 3",
    );
  });

  it("reports a formula without a saved value as such, with its cell, not as missing", () => {
    const result = layoutFor(p, ["id", "Sektor", "Poeng"]);
    if (!result.ok) throw new Error("layout");
    const row = readRow(
      result.layout,
      ["a1", "kommune", ""],
      new Map([[2, { ref: "C5", formula: "SUM(D5:F5)" }]]),
    );
    expect(row.values[1]).toBeNull();
    expect(row.problems).toEqual([
      {
        column: "Poeng",
        value: "",
        message:
          "the cell C5 holds a formula (=SUM(D5:F5)) whose value was never saved; open the workbook in Excel or LibreOffice and save it, or type the value",
        code: "unsaved-formula",
        words: ["C5", "SUM(D5:F5)"],
      },
    ]);
  });
});

describe("IdSet", () => {
  it("finds duplicates with the line first seen, across growth", () => {
    const set = new IdSet(4);
    for (let i = 0; i < 50_000; i++) expect(set.add(`A${i}`, i + 2)).toBe(0);
    expect(set.add("A123", 99_999)).toBe(125);
    expect(set.add("A49999", 100_000)).toBe(50_001);
    expect(set.size).toBe(50_000);
  });

  it("takes ids hashed elsewhere, and a table made for the ids expected grows when more come", () => {
    const set = new IdSet(4);
    set.reserve(1000);
    const lanes = new Uint32Array(2);
    for (let i = 0; i < 5000; i++) {
      hashInto(`B${i}`, lanes, 0);
      expect(set.addHash(lanes[0]!, lanes[1]!, i + 2)).toBe(0);
    }
    // The same hash as add() computes: either way finds the other's ids.
    expect(set.add("B4321", 9_000)).toBe(4_323);
    hashInto("B77", lanes, 0);
    expect(set.addHash(lanes[0]!, lanes[1]!, 9_001)).toBe(79);
    expect(set.add("B5000", 9_002)).toBe(0);
    expect(set.size).toBe(5001);
  });
});
