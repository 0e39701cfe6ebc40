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
  // For the audit record only: never in --format json.
  params: fc.constant({ quota: null, transferred: false, from: null }),
});

/** Rows of an intake with classes: choices always, class and choice when admitted. */
const classRow: fc.Arbitrary<DecisionRow> = fc
  .tuple(
    row,
    fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
    fc.option(fc.record({ class: fc.string(), choice: fc.integer({ min: 1, max: 3 }) })),
    fc.option(
      fc.array(
        fc.record({
          choice: fc.nat(3),
          id: fc.string(),
          code: fc.constantFrom("CLASS_FULL", "SEATS_FULL", "HELD_FOR_MIN"),
          reason: fc.string({ unit: "binary" }),
          // The refusal's params, which rows carry for the audit record only.
          params: fc.constant({
            admitted: 1,
            seats: 1,
            choice: "oslo",
            classes: ["oslo"] as string[],
          }),
        }),
        { maxLength: 3 },
      ),
    ),
    fc.option(
      fc.array(fc.record({ choice: fc.nat(3), id: fc.string(), position: fc.nat() }), {
        maxLength: 3,
      }),
    ),
  )
  .map(([r, choices, placed, choiceReasons, positions]) => ({
    ...r,
    choices,
    ...(placed ?? {}),
    ...(choiceReasons ? { choiceReasons } : {}),
    ...(positions ? { positions } : {}),
  }));

describe("rowJsonText", () => {
  it("writes exactly JSON.stringify(rowJsonOf(row)) for rows with classes and choices", () => {
    fc.assert(
      fc.property(classRow, (r) => {
        expect(rowJsonText(r)).toBe(JSON.stringify(rowJsonOf(r)));
        expect(rowJsonText(r)).not.toContain('"params"');
      }),
      { numRuns: 500 },
    );
  });

  it("writes exactly JSON.stringify(rowJsonOf(row))", () => {
    fc.assert(
      fc.property(row, (r) => {
        expect(rowJsonText(r)).toBe(JSON.stringify(rowJsonOf(r)));
        expect(rowJsonText(r)).not.toContain('"params"');
      }),
      { numRuns: 500 },
    );
  });
});
