import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type NotCompeting, NotCompetingList } from "../../../src/core/decision/not-competing.js";

const reasons = [Object.freeze(["a"]), Object.freeze(["a", "b"])];

// Short and long texts: those of 13 characters or more are kept as copies
// of their own (a slice of the reader's chunk would hold the whole chunk).
const text = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 13, maxLength: 40 }));
const problem = fc.record(
  {
    column: fc.constantFrom("Region", "Ønsket studiested"),
    value: text,
    message: text,
    code: fc.constantFrom("expected" as const, "choice-repeated" as const),
    numbers: fc.array(fc.nat(), { maxLength: 2 }),
    words: fc.array(text, { maxLength: 2 }),
  },
  { requiredKeys: ["column", "value", "message"] },
);

const entry: fc.Arbitrary<NotCompeting> = fc.record(
  {
    id: text,
    line: fc.integer({ min: 2, max: 50 }),
    kind: fc.constantFrom("ineligible" as const, "invalid" as const),
    reasons: fc.constantFrom(...reasons),
    problems: fc.array(problem, { maxLength: 2 }),
    team: fc.constantFrom("t1", "t2"),
    carried: fc.array(text, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ["id", "line", "kind", "reasons", "problems"] },
);

describe("those who do not compete, as columns", () => {
  it("gives back each as added, and sorts as the decision lists them (kind, id, line)", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const list = NotCompetingList.from(entries);
        expect(list.length).toBe(entries.length);
        expect(list.ineligible).toBe(entries.filter((e) => e.kind === "ineligible").length);
        expect([...list]).toEqual(entries);
        const expected = [...entries].sort((a, b) =>
          a.kind !== b.kind
            ? a.kind === "ineligible"
              ? -1
              : 1
            : a.id < b.id
              ? -1
              : a.id > b.id
                ? 1
                : a.line - b.line,
        );
        expect(list.sorted().map((j) => list.at(j))).toEqual(expected);
      }),
    );
  });
});
