import { describe, expect, it } from "vitest";
import { loadSolver } from "../../src/io/solver/highs.js";

describe("the integer solver", () => {
  it("maximises, answers infeasible, and keeps the model between bound changes", async () => {
    const solver = await loadSolver();
    // x + y <= 3, x - y >= 1, 0 <= x <= 4, 0 <= y <= 5, max x + 2y: x = 2, y = 1 gives 4.
    const model = solver.create({
      numCols: 2,
      colLower: [0, 0],
      colUpper: [4, 5],
      colCost: [1, 2],
      rows: [
        {
          terms: [
            [0, 1],
            [1, 1],
          ],
          lower: Number.NEGATIVE_INFINITY,
          upper: 3,
        },
        {
          terms: [
            [0, 1],
            [1, -1],
          ],
          lower: 1,
          upper: Number.POSITIVE_INFINITY,
        },
      ],
    });
    try {
      expect(model.solve()).toEqual({ feasible: true, objective: 4 });
      // Integrality: x + y <= 3 with x - y >= 1 and 2x + 2y >= 5.5 has no integer point with y >= 1.
      model.setColBounds(1, 1, 5);
      model.setRowBounds(0, 2.5, 2.9);
      expect(model.solve().feasible).toBe(false);
      model.setRowBounds(0, Number.NEGATIVE_INFINITY, 3);
      // y >= 1 still: x = 2, y = 1, 3x = 6.
      model.setColCost(0, 3);
      model.setColCost(1, 0);
      expect(model.solve()).toEqual({ feasible: true, objective: 6 });
    } finally {
      model.dispose();
    }
  });
});
