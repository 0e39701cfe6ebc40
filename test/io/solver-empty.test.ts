/**
 * The HiGHS adapter on a model without columns (a top-up where every
 * applicant is kept or declined): HiGHS reports it "empty", and the answer
 * is whether every row's bounds hold 0.
 */
import { describe, expect, it } from "vitest";
import { loadSolver } from "../../src/io/solver/highs.js";

describe("the solver on a model without columns", () => {
  it("is feasible when every row allows 0, infeasible when one does not", async () => {
    const solver = await loadSolver();
    const model = {
      numCols: 0,
      colLower: [],
      colUpper: [],
      colCost: [],
      rows: [
        { terms: [] as [number, number][], lower: 0, upper: 3 },
        { terms: [] as [number, number][], lower: 0, upper: 0 },
      ],
    };
    const instance = solver.create(model);
    expect(instance.solve()).toEqual({ feasible: true, objective: 0 });
    instance.setRowBounds(1, 1, 2);
    expect(instance.solve().feasible).toBe(false);
    instance.dispose();
  });
});
