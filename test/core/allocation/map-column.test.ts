import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapToInt32, positives } from "../../../src/core/allocation/map-column.js";

describe("map-column", () => {
  it("mapToInt32 makes what Int32Array.from(column, f) makes", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (values) => {
        const column = Int32Array.from(values);
        const f = (v: number, at: number) => v * 3 - at;
        expect(mapToInt32(column, f)).toEqual(Int32Array.from(column, f));
        expect(mapToInt32(values, f)).toEqual(Int32Array.from(values, f));
      }),
    );
  });

  it("positives marks the entries above 0", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), (values) => {
        expect(positives(Int32Array.from(values))).toEqual(
          Uint8Array.from(values, (v) => (v > 0 ? 1 : 0)),
        );
      }),
    );
  });
});
