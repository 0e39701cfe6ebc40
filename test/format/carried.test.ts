/** The carried columns' pieces of output: JSON as JSON.parse reads it, cells padded, copies that hold their text alone. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carriedCells, carriedJson, withCarried } from "../../src/format/carried.js";
import { carriedCells as fromRecords } from "../../src/io/applicants/parallel/check-in-parallel.js";

describe("carried columns in JSON", () => {
  it("reads back as an object with the headers in order and the cells as text", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: "binary", minLength: 1 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.string({ unit: "binary" }), { maxLength: 5 }),
        (headers, cells) => {
          const text = withCarried('{"id":"A"}', carriedJson(headers)(cells));
          const parsed = JSON.parse(text);
          expect(parsed.id).toBe("A");
          // (in the text's order; JavaScript lists integer-like keys first)
          expect(Object.keys(parsed.carried).sort()).toEqual([...headers].sort());
          headers.forEach((h, j) => {
            const value = Object.getOwnPropertyDescriptor(parsed.carried, h)?.value;
            // JSON.stringify writes a lone surrogate as an escape, which reads back as itself.
            expect(value).toBe(cells[j] ?? "");
          });
        },
      ),
    );
  });

  it("adds nothing when nothing is carried", () => {
    expect(carriedJson(undefined)(["x"])).toBe("");
    expect(carriedJson([])(["x"])).toBe("");
    expect(withCarried('{"id":"A"}', "")).toBe('{"id":"A"}');
  });
});

describe("carried cells", () => {
  it("pads a row without cells to the number of columns", () => {
    expect(carriedCells(undefined, 2)).toEqual(["", ""]);
    expect(carriedCells(["a"], 3)).toEqual(["a", "", ""]);
    expect(carriedCells(["a", "b"], 2)).toEqual(["a", "b"]);
  });

  it("takes each record's cells, trimmed, empty for a column the list lacks", () => {
    const records = [
      ["1", "  Kari Nordmann  ", "kari@example.no", "x"],
      ["2", "Ola", "", "y"],
      ["3"],
    ];
    expect(fromRecords(records, [1, -1, 2])).toEqual([
      ["Kari Nordmann", "", "kari@example.no"],
      ["Ola", "", ""],
      ["", "", ""],
    ]);
    expect(fromRecords(records, [])).toEqual([[], [], []]);
  });
});
