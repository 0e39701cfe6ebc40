/**
 * Where the flow of network.ts is exact (one quota partition, at most one
 * spread field, no teams, no classes) the integer program must give the same
 * result byte for byte: outcomes, reasons, waitlist places, targets,
 * relaxations and counts. `forceSolver` sends the problem the way a second
 * spread field would, so this proves the path every problem with more than
 * one field takes, against the path proven by the brute force.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { allocate, type MipSolver, topUp } from "../../../src/core/allocation/index.js";
import { loadSolver } from "../../../src/io/solver/highs.js";
import { candidates, plain, problemOf, runs, smallProblem } from "./builders.js";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

describe("the integer program where the flow is exact", () => {
  it("allocates byte for byte as the flow", () => {
    fc.assert(
      fc.property(smallProblem(14), (problem) => {
        const flow = JSON.stringify(allocate(problem));
        const integer = JSON.stringify(allocate(problem, { solver, forceSolver: true }));
        if (integer !== flow) {
          expect({ integer: JSON.parse(integer), problem: plain(problem) }).toEqual({
            integer: JSON.parse(flow),
            problem: plain(problem),
          });
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it("tops up after declines byte for byte as the flow", () => {
    fc.assert(
      fc.property(smallProblem(14), fc.nat(), (problem, pick) => {
        const first = allocate(problem);
        const admitted = first.outcomes.filter((o) => o.admitted).map((o) => o.id);
        const declined = admitted.filter((_, k) => (pick >> k) & 1);
        const flow = JSON.stringify(topUp(problem, admitted, declined));
        const integer = JSON.stringify(
          topUp(problem, admitted, declined, { solver, forceSolver: true }),
        );
        if (integer !== flow) {
          expect({ integer: JSON.parse(integer), declined, problem: plain(problem) }).toEqual({
            integer: JSON.parse(flow),
            declined,
            problem: plain(problem),
          });
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it("tops up when every admitted applicant declined and nobody is left", () => {
    const problem = problemOf({ total: 3, candidates: candidates("-/-", "-/-", "-/-") });
    const ids = ["c1", "c2", "c3"];
    const flow = topUp(problem, ids, ids);
    expect(topUp(problem, ids, ids, { solver, forceSolver: true })).toEqual(flow);
    expect(flow.outcomes.every((o) => o.code === "DECLINED")).toBe(true);
  });
});
