import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AllocationProblem, allocate } from "../../../src/core/allocation/index.js";
import { bruteForce } from "./brute-force.js";
import { plain, smallProblem } from "./builders.js";
import { reference } from "./reference.js";

const CODES = new Set([
  "MERIT",
  "GROUP_FULL",
  "SPREAD_CAP",
  "HELD_FOR_MIN",
  "HELD_FOR_QUOTA",
  "SEATS_FULL",
]);

const check = (problem: AllocationProblem, assertion: () => void) => {
  try {
    assertion();
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${JSON.stringify(plain(problem))}`);
  }
};

describe("allocate on random instances", () => {
  it("gives every candidate one outcome with a reason, within caps, meeting T and every target", () => {
    fc.assert(
      fc.property(smallProblem(30), (problem) => {
        const result = allocate(problem);
        check(problem, () => {
          expect(result.outcomes.map((o) => o.id)).toEqual(problem.candidates.map((c) => c.id));
          for (const o of result.outcomes) {
            expect(CODES.has(o.code)).toBe(true);
            expect(o.code === "MERIT").toBe(o.admitted);
          }
          const admitted = problem.candidates.filter((_, i) => result.outcomes[i]!.admitted);
          expect(admitted.length).toBe(result.targets.total);
          expect(result.counts.total).toBe(result.targets.total);
          for (const { value, max, target } of result.targets.values) {
            const k = admitted.filter((c) => c.value === value).length;
            expect(k).toBeLessThanOrEqual(max);
            expect(k).toBeGreaterThanOrEqual(target);
          }
          for (const { id, target } of result.targets.groups) {
            expect(admitted.filter((c) => c.group === id).length).toBeGreaterThanOrEqual(target);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it("admits exactly the rank-order best set that a brute-force search finds, with the same targets", () => {
    fc.assert(
      fc.property(smallProblem(14), (problem) => {
        const result = allocate(problem);
        const brute = bruteForce(problem);
        check(problem, () => {
          expect(result.targets.values.map((v) => v.target)).toEqual(brute.mins);
          expect(result.targets.groups.map((g) => g.target)).toEqual(brute.quotas);
          expect(result.targets.total).toBe(brute.total);
          expect(result.outcomes.map((o) => o.admitted)).toEqual(brute.admitted);
        });
      }),
      { numRuns: 400 },
    );
  });

  it("gives each refusal the reason of the constraint that blocked it (checked by enumeration)", () => {
    fc.assert(
      fc.property(smallProblem(12), (problem) => {
        const result = allocate(problem);
        const brute = bruteForce(problem);
        check(problem, () => {
          const got = result.outcomes.map((o) => {
            if (o.admitted) return null;
            const p = o.params as { value?: string; quota?: string | null };
            const subject =
              o.code === "HELD_FOR_MIN" || o.code === "SPREAD_CAP"
                ? p.value!
                : o.code === "HELD_FOR_QUOTA" || o.code === "GROUP_FULL"
                  ? (p.quota ?? null)
                  : null;
            return { code: o.code, subject };
          });
          expect(got).toEqual(brute.reasons);
        });
      }),
      { numRuns: 250 },
    );
  });

  it("keeps the waitlist in rank order, numbered overall and within each group", () => {
    fc.assert(
      fc.property(smallProblem(40), (problem) => {
        const result = allocate(problem);
        const waiting = result.outcomes.filter((o) => !o.admitted);
        expect(waiting.map((o) => o.position!.overall)).toEqual(waiting.map((_, k) => k + 1));
        const seen = new Map<string | null, number>();
        for (const o of waiting) {
          seen.set(o.group, (seen.get(o.group) ?? 0) + 1);
          expect(o.position!.inGroup).toBe(seen.get(o.group));
        }
        for (const o of result.outcomes) if (o.admitted) expect(o.position).toBeUndefined();
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(smallProblem(40), (problem) => {
        expect(allocate(problem)).toEqual(allocate(problem));
      }),
      { numRuns: 50 },
    );
  });
});

describe("allocate on larger random instances", () => {
  it("matches a one-test-per-applicant reference (blocked cells, galloping and reason reuse are exact)", () => {
    fc.assert(
      fc.property(smallProblem(250, 8), (problem) => {
        const result = allocate(problem);
        const expected = reference(problem);
        check(problem, () => {
          const got = result.outcomes.map((o) => {
            const p = o.params as { value?: string; quota?: string | null };
            const subject = o.admitted
              ? null
              : o.code === "HELD_FOR_MIN" || o.code === "SPREAD_CAP"
                ? p.value!
                : o.code === "HELD_FOR_QUOTA" || o.code === "GROUP_FULL"
                  ? (p.quota ?? null)
                  : null;
            return { admitted: o.admitted, code: o.code, subject };
          });
          expect(got).toEqual(expected);
        });
      }),
      { numRuns: 150 },
    );
  });
});
