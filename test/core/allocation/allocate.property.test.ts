import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AllocationProblem, allocate } from "../../../src/core/allocation/index.js";
import { bruteForce } from "./brute-force.js";
import { plain, runs, smallProblem } from "./builders.js";
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
            const k = admitted.filter((c) => c.values[0] === value).length;
            expect(k).toBeLessThanOrEqual(max);
            expect(k).toBeGreaterThanOrEqual(target);
          }
          for (const { id, target } of result.targets.groups) {
            expect(admitted.filter((c) => c.group === id).length).toBeGreaterThanOrEqual(target);
          }
        });
      }),
      { numRuns: runs(300) },
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
      { numRuns: runs(400) },
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
      { numRuns: runs(250) },
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
      { numRuns: runs(100) },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(smallProblem(40), (problem) => {
        expect(allocate(problem)).toEqual(allocate(problem));
      }),
      { numRuns: runs(50) },
    );
  });
});

/** The same problem with the spread values listed in another order and renamed. */
const relabelled = (
  problem: AllocationProblem,
  order: number[],
  rename: (value: string) => string,
  groupOrder: number[],
): AllocationProblem => {
  const spread = problem.spreads[0];
  if (!spread && problem.groups.length === 0) return problem;
  const back = new Map(spread?.values.map((v) => [rename(v), v]) ?? []);
  const original = (v: string) => back.get(v) ?? v;
  return {
    ...problem,
    groups: groupOrder.map((k) => problem.groups[k]!),
    spreads: spread
      ? [
          {
            field: spread.field,
            values: order.map((k) => rename(spread.values[k]!)),
            min: (v) => spread.min(original(v)),
            max: (v) => spread.max(original(v)),
          },
        ]
      : [],
    candidates: problem.candidates.map((c) => ({
      ...c,
      values: c.values.map((v) => (v === null ? null : rename(v))),
    })),
  };
};

const permutation = (n: number) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((key, k) => ({ key, k }))
      .sort((a, b) => a.key - b.key)
      .map((e) => e.k),
  );

describe("who is admitted does not depend on how values and quotas are listed or named", () => {
  it("reordering the declared values (and the quotas) never changes who is admitted", () => {
    fc.assert(
      fc.property(
        smallProblem(14).chain((problem) =>
          fc.tuple(
            fc.constant(problem),
            permutation(problem.spreads[0]?.values.length ?? 0),
            permutation(problem.groups.length),
          ),
        ),
        ([problem, order, groupOrder]) => {
          const moved = relabelled(problem, order, (v) => v, groupOrder);
          const admitted = allocate(problem).outcomes.map((o) => o.admitted);
          check(problem, () => {
            expect(allocate(moved).outcomes.map((o) => o.admitted)).toEqual(admitted);
            expect(bruteForce(moved).admitted).toEqual(admitted);
          });
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("renaming free-text values (listed alphabetically, as the program reader does) never changes who is admitted", () => {
    fc.assert(
      fc.property(
        smallProblem(14).chain((problem) =>
          fc.tuple(
            fc.constant(problem),
            fc
              .uniqueArray(fc.nat(999), {
                minLength: problem.spreads[0]?.values.length ?? 0,
                maxLength: problem.spreads[0]?.values.length ?? 0,
              })
              .map((ks) => ks.map((k) => `w${k}`)),
          ),
        ),
        ([problem, names]) => {
          const values = problem.spreads[0]?.values ?? [];
          const name = new Map(values.map((v, k) => [v, names[k]!]));
          const rename = (v: string) => name.get(v) ?? v;
          const sorted = values
            .map((_, k) => k)
            .sort((a, b) => (rename(values[a]!) < rename(values[b]!) ? -1 : 1));
          const renamed = relabelled(
            problem,
            sorted,
            rename,
            problem.groups.map((_, k) => k),
          );
          const admitted = allocate(problem).outcomes.map((o) => o.admitted);
          check(problem, () => {
            expect(allocate(renamed).outcomes.map((o) => o.admitted)).toEqual(admitted);
          });
        },
      ),
      { numRuns: runs(300) },
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
      { numRuns: runs(150) },
    );
  });
});
