import { describe, expect, it } from "vitest";
import type { CellProblem } from "../../../src/core/applicants/layout.js";
import { describeProblem } from "../../../src/core/applicants/problem-words.js";
import { LANGUAGES } from "../../../src/core/language/index.js";

const enumProblem = (values: string[]): CellProblem => ({
  column: "Region",
  value: "øst",
  message: "expected …",
  code: "expected",
  type: "enum",
  values,
});

describe("cell problems in the program's language", () => {
  it("joins an enum's values with the language's or, and cuts a long list with a count", () => {
    expect(describeProblem(enumProblem(["nord", "vest"]), { language: LANGUAGES.nb })).toBe(
      'Region: forventet én av nord eller vest ("øst")',
    );
    const many = Array.from({ length: 25 }, (_, i) => `v${i}`);
    expect(describeProblem(enumProblem(many), { language: LANGUAGES.sv })).toBe(
      'Region: ska vara ett av v0, v1, v2, v3, v4, v5, v6, v7, v8, v9 eller 15 till ("øst")',
    );
  });

  it("keeps the English message without a language, and for problems without words of their own", () => {
    expect(describeProblem(enumProblem(["nord"]))).toBe('Region: expected … ("øst")');
    const rare: CellProblem = { column: "Dato", value: "2027-02-30", message: "not a date" };
    expect(describeProblem(rare, { language: LANGUAGES.fi, quote: false })).toBe(
      "Dato: not a date (2027-02-30)",
    );
  });

  it("words a row's width and a repeated id", () => {
    const width: CellProblem = {
      column: "",
      value: "",
      message: "the row has 9 cells, the header 10",
      code: "row-width",
      numbers: [9, 10],
    };
    expect(describeProblem(width, { language: LANGUAGES.da })).toBe(
      "rækken har 9 celler, overskriftsrækken 10",
    );
    const again: CellProblem = {
      column: "ID",
      value: "A1",
      message: "duplicate applicant id: also on line 2",
      code: "duplicate-id",
      numbers: [2],
    };
    expect(describeProblem(again, { language: LANGUAGES.nn })).toBe(
      'ID: same søkjar-ID står òg på linje 2 ("A1")',
    );
  });
});
