/** Headers and ids in Unicode: one spelling however it was typed, and nothing invisible in an id. */
import { describe, expect, it } from "vitest";
import { layoutFor, readRow } from "../../../src/core/applicants/layout.js";
import { programWithFields } from "../builders.js";

const program = programWithFields({ region: { type: "string", column: "Sør", required: true } });

describe("Unicode in lists", () => {
  it("matches a header written in decomposed form (NFD) or with a zero-width space", () => {
    for (const header of ["Sør".normalize("NFD"), "S\u200bør", "\ufeffSør"]) {
      const result = layoutFor(program, ["id", header]);
      expect(result.ok, JSON.stringify(header)).toBe(true);
    }
  });

  it("reads an id typed in NFD as the same id as in NFC", () => {
    const result = layoutFor(program, ["id", "Sør"]);
    if (!result.ok) throw new Error("layout");
    const nfd = readRow(result.layout, ["Å-1".normalize("NFD"), "x"]);
    expect(nfd.id).toBe("Å-1".normalize("NFC"));
    expect(nfd.problems).toBeUndefined();
  });

  it("makes an invisible character in an id a problem of the row, naming it", () => {
    const result = layoutFor(program, ["id", "Sør"]);
    if (!result.ok) throw new Error("layout");
    for (const [id, code] of [
      ["A1\u200b", "U+200B"],
      ["A\u200d1", "U+200D"],
      ["A1\u0007", "U+0007"],
    ] as const) {
      const row = readRow(result.layout, [id, "x"]);
      expect(row.problems?.[0]?.message).toContain(code);
      expect(row.problems?.[0]?.column).toBe("id");
    }
    expect(readRow(result.layout, ["A1", "x"]).problems).toBeUndefined();
  });
});

describe("long value lists in messages", () => {
  it("names ten values of an enum of 20,000 and counts the rest", () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `v${i}`);
    const result = layoutFor(programWithFields({ region: { type: "enum", values } }), [
      "id",
      "region",
    ]);
    if (!result.ok) throw new Error("layout");
    const message = readRow(result.layout, ["a1", "bad"]).problems?.[0]?.message ?? "";
    expect(message).toBe("expected one of v0, v1, v2, v3, v4, v5, v6, v7, v8, v9 or 19990 more");
  });
});
