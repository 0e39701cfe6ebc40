/**
 * The sweep finds exactly the pairs, in exactly the order, that comparing
 * every pair finds; the capped variant names the first earlier overlaps and
 * counts the rest.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type IsoDate } from "../../../src/core/calendar/date.js";
import { earlierOverlaps, overlappingPairs } from "../../../src/core/calendar/overlaps.js";

const range = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -3, max: 10 }))
  .map(([s, len]) => ({ start: addDays("2027-01-01", s), end: addDays("2027-01-01", s + len) }));

const everyPair = (ranges: { start: IsoDate; end: IsoDate }[]): [number, number][] => {
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i++)
    for (let j = i + 1; j < ranges.length; j++) {
      const [a, b] = [ranges[i]!, ranges[j]!];
      if (a.end >= a.start && b.end >= b.start && a.start <= b.end && b.start <= a.end)
        pairs.push([i, j]);
    }
  return pairs;
};

describe("overlappingPairs", () => {
  it("agrees with a loop over every pair", () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 40 }), (ranges) => {
        expect(overlappingPairs(ranges)).toEqual(everyPair(ranges));
      }),
      { numRuns: 500 },
    );
  });

  it("is linear in the modules when nothing overlaps", () => {
    const ranges = Array.from({ length: 100_000 }, (_, i) => ({
      start: addDays("2027-01-01", 2 * i),
      end: addDays("2027-01-01", 2 * i),
    }));
    expect(overlappingPairs(ranges)).toEqual([]);
  });
});

describe("earlierOverlaps", () => {
  it("names the first earlier overlapping ranges and counts all of them", () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (input, limit) => {
          const sorted = input
            .filter((r) => r.end >= r.start)
            .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
          const result = earlierOverlaps(sorted, limit);
          sorted.forEach((b, j) => {
            const earlier = sorted.slice(0, j).flatMap((a, i) => (a.end >= b.start ? [i] : []));
            expect(result[j]).toEqual({ shown: earlier.slice(0, limit), count: earlier.length });
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
