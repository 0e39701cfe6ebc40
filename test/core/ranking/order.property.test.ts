import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type RankingInput,
  rankOrder,
  rankOrderByComparison,
} from "../../../src/core/ranking/order.js";

/**
 * Rankings with many ties: keys from a few values (missing ones, -0 and the
 * infinities among them), lottery lanes from a few values too (collisions
 * are rare in real draws, so they are forced here), ids that repeat.
 */
const rankings = (max: number): fc.Arbitrary<RankingInput> =>
  fc.integer({ min: 0, max }).chain((n) =>
    fc.record({
      keys: fc.array(
        fc
          .array(
            fc.oneof(
              fc.constantFrom(
                0,
                -0,
                1,
                -1,
                2.5,
                Number.NEGATIVE_INFINITY,
                Number.POSITIVE_INFINITY,
                1e300,
              ),
              fc.double({ noNaN: true }),
            ),
            { minLength: n, maxLength: n },
          )
          .map((a) => Float64Array.from(a)),
        { maxLength: 3 },
      ),
      draws: fc.record({
        hi: fc
          .array(fc.oneof(fc.constantFrom(0, 7, 0xffffffff, 0x10000), fc.nat()), {
            minLength: n,
            maxLength: n,
          })
          .map((a) => Uint32Array.from(a)),
        lo: fc
          .array(fc.constantFrom(0, 1, 0xffff, 0x10000, 0xfffffffe), {
            minLength: n,
            maxLength: n,
          })
          .map((a) => Uint32Array.from(a)),
      }),
      ids: fc.array(fc.constantFrom("", "a", "b", "B", "ab", "å", "S0000001"), {
        minLength: n,
        maxLength: n,
      }),
    }),
  );

describe("rankOrder", () => {
  it("gives the comparison sort's order on random rankings with many ties", () => {
    fc.assert(
      // Less room than 64 bits: keys that leave part of the lottery's lane,
      // none of it, or too little room for themselves (the comparison sort).
      fc.property(rankings(300), fc.constantFrom(64, 40, 30, 24, 18, 12), (input, room) => {
        expect([...rankOrder(input, room)]).toEqual([...rankOrderByComparison(input)]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the comparison sort's order on a large ranking of lottery draws", () => {
    const n = 50_000;
    let state = 12345;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state >>> 0;
    };
    const input: RankingInput = {
      keys: [Float64Array.from({ length: n }, () => (next() % 1001) / 10)],
      draws: {
        hi: Uint32Array.from({ length: n }, () => next() & 0xff),
        lo: Uint32Array.from({ length: n }, () => next()),
      },
      ids: Array.from({ length: n }, (_, i) => `S${String(n - i).padStart(7, "0")}`),
    };
    const radix = rankOrder(input);
    const compared = rankOrderByComparison(input);
    // The first place they differ (-1: none), not a diff of 50,000 numbers.
    expect(radix.findIndex((i, p) => i !== compared[p])).toBe(-1);
  });

  it("keeps a key holding NaN to the comparison sort", () => {
    const input: RankingInput = {
      keys: [Float64Array.from([1, Number.NaN, 2])],
      draws: { hi: Uint32Array.from([3, 2, 1]), lo: new Uint32Array(3) },
      ids: ["a", "b", "c"],
    };
    expect([...rankOrder(input)]).toEqual([...rankOrderByComparison(input)]);
  });
});
