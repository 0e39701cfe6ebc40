/**
 * The integer program of class-network.ts against the flow of network.ts:
 * where classes constrain nothing (one class holding every seat, or every
 * applicant accepting any class of classes whose seats add up to the total)
 * the allocation with classes must be the allocation without them, outcome
 * by outcome and reason by reason. Two exact methods sharing no feasibility
 * code; the brute force with classes is in classes.property.test.ts.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type AllocationProblem,
  allocate,
  type MipSolver,
} from "../../../src/core/allocation/index.js";
import { loadSolver } from "../../../src/io/solver/highs.js";
import { plain, runs, smallProblem } from "./builders.js";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const withClasses = (problem: AllocationProblem, split: number[]): AllocationProblem => {
  // Seats split over classes that everyone accepts: no constraint beyond the total.
  const parts = split.length === 0 ? [problem.total] : split;
  const seats = parts.map((k) => Math.max(0, k));
  const sum = seats.reduce((s, k) => s + k, 0);
  seats[0]! += Math.max(0, problem.total - sum);
  const classes = seats.map((k, i) => ({ id: `k${i}`, site: i % 2 ? "B" : "A", seats: k }));
  const any = { id: "*", kind: "any" as const, classes: classes.map((_, i) => i) };
  return {
    ...problem,
    classes,
    candidates: problem.candidates.map((c) => ({ ...c, choices: [any] })),
  };
};

describe("classes that constrain nothing", () => {
  it("give the same outcomes, reasons and targets as no classes", () => {
    fc.assert(
      fc.property(smallProblem(14), fc.array(fc.nat(4), { maxLength: 3 }), (problem, split) => {
        const flat = allocate(problem);
        const classed = allocate(withClasses(problem, split), { solver });
        try {
          expect(classed.targets).toEqual(flat.targets);
          expect(classed.relaxations).toEqual(flat.relaxations);
          expect(
            classed.outcomes.map(({ id, admitted, code, params, position }) => ({
              id,
              admitted,
              code,
              params,
              position,
            })),
          ).toEqual(
            flat.outcomes.map(({ id, admitted, code, params, position }) => ({
              id,
              admitted,
              code,
              params,
              position,
            })),
          );
        } catch (error) {
          throw new Error(
            `${(error as Error).message}\n${JSON.stringify(plain(problem))} ${split}`,
          );
        }
      }),
      { numRuns: runs(80) },
    );
  });
});
