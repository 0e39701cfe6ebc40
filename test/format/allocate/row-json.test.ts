import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DecisionRow } from "../../../src/core/decision/report.js";
import { rowJsonOf } from "../../../src/core/decision/row-json.js";
import { rowJsonText } from "../../../src/format/allocate/row-json.js";

const row: fc.Arbitrary<DecisionRow> = fc.record({
  id: fc.string(),
  outcome: fc.constantFrom("admitted", "waitlisted", "ineligible", "invalid"),
  quota: fc.option(fc.string()),
  rank: fc.option(fc.nat()),
  position: fc.option(fc.record({ overall: fc.nat(), inGroup: fc.nat() })),
  code: fc.constantFrom("MERIT", "GROUP_FULL", "SPREAD_CAP", "INELIGIBLE"),
  reason: fc.string({ unit: "binary" }),
  transferred: fc.boolean(),
  newlyOffered: fc.boolean(),
});

describe("rowJsonText", () => {
  it("writes exactly JSON.stringify(rowJsonOf(row))", () => {
    fc.assert(
      fc.property(row, (r) => {
        expect(rowJsonText(r)).toBe(JSON.stringify(rowJsonOf(r)));
      }),
      { numRuns: 500 },
    );
  });
});
