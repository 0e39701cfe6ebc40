import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, topUp } from "../../../src/core/allocation/index.js";
import type { AllocationProblem } from "../../../src/core/allocation/types.js";
import { declineRounds } from "../../../src/core/decision/declines.js";
import { candidates, plain, problemOf, smallProblem } from "../allocation/builders.js";

/**
 * An independent statement of the rounds, as the shell once did it: re-derive
 * who holds a seat from the outcomes after every round, and who was newly
 * offered from the first and last allocation.
 */
const reference = (problem: AllocationProblem, declinedIds: string[]) => {
  const first = allocate(problem);
  const initially = first.outcomes.filter((o) => o.admitted).map((o) => o.id);
  let admitted = initially;
  let result = first;
  let pending = declinedIds;
  const done: string[] = [];
  for (;;) {
    const now = pending.filter((id) => admitted.includes(id));
    if (now.length === 0) break;
    done.push(...now);
    pending = pending.filter((id) => !admitted.includes(id));
    result = topUp(problem, admitted, done);
    admitted = result.outcomes.filter((o) => o.admitted).map((o) => o.id);
  }
  const offered = result.outcomes
    .filter((o) => o.admitted && !initially.includes(o.id))
    .map((o) => o.id);
  return { result, offered, declined: done, pending };
};

const entries = (ids: string[]) => ids.map((id, i) => ({ id, line: i + 1 }));

describe("declineRounds", () => {
  it("returns the first allocation untouched when nobody declines", () => {
    const problem = problemOf({ total: 2, candidates: candidates("-", "-", "-") });
    const first = allocate(problem);
    expect(declineRounds(problem, first, [], [])).toEqual({
      result: first,
      offered: [],
      declined: [],
      refused: [],
    });
  });

  it("offers a declined seat to the next in rank, who may decline in the next round", () => {
    const problem = problemOf({ total: 2, candidates: candidates("-", "-", "-", "-", "-") });
    const first = allocate(problem);
    // c3 is offered c1's seat in round one and declines it in round two.
    const rounds = declineRounds(problem, first, entries(["c1", "c3"]), []);
    expect(rounds.declined).toEqual(["c1", "c3"]);
    expect(rounds.offered).toEqual(["c4"]);
    expect(rounds.refused).toEqual([]);
    expect(rounds.result.outcomes.filter((o) => o.admitted).map((o) => o.id)).toEqual(["c2", "c4"]);
  });

  it("refuses ids that never held a seat, in list order, saying why", () => {
    const problem = problemOf({ total: 1, candidates: candidates("-", "-") });
    const first = allocate(problem);
    const rounds = declineRounds(
      problem,
      first,
      [
        { id: "nobody", line: 2 },
        { id: "c2", line: 3 },
        { id: "x-invalid", line: 5 },
        { id: "x-ineligible", line: 7 },
      ],
      [
        { id: "x-ineligible", kind: "ineligible" },
        { id: "x-invalid", kind: "invalid" },
      ],
    );
    expect(rounds.refused).toEqual([
      { id: "nobody", line: 2, why: "absent" },
      { id: "c2", line: 3, why: "waitlisted" },
      { id: "x-invalid", line: 5, why: "invalid" },
      { id: "x-ineligible", line: 7, why: "ineligible" },
    ]);
    expect(rounds.result).toBe(first);
  });

  it("takes a waitlisted id once it is offered a seat in an earlier round", () => {
    const problem = problemOf({ total: 1, candidates: candidates("-", "-", "-") });
    const rounds = declineRounds(problem, allocate(problem), entries(["c2", "c1"]), []);
    expect(rounds.declined).toEqual(["c1", "c2"]);
    expect(rounds.offered).toEqual(["c3"]);
    expect(rounds.refused).toEqual([]);
  });

  it("agrees with re-deriving every round from the outcomes (random instances)", () => {
    fc.assert(
      fc.property(smallProblem(12), fc.array(fc.nat(14), { maxLength: 8 }), (problem, picks) => {
        const ids = picks.map((p) => `c${p}`);
        const expected = reference(problem, ids);
        const rounds = declineRounds(problem, allocate(problem), entries(ids), []);
        try {
          expect(rounds.declined).toEqual(expected.declined);
          expect(rounds.offered).toEqual(expected.offered);
          expect(rounds.result.outcomes).toEqual(expected.result.outcomes);
          expect(rounds.refused.map((r) => r.id)).toEqual(expected.pending);
        } catch (error) {
          throw new Error(
            `${(error as Error).message}\n${JSON.stringify({ problem: plain(problem), ids })}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});
