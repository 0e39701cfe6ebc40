/**
 * The contract between the allocation and an exact integer solver. With
 * parallel classes the seat constraints stop being one flow (quota groups,
 * spread values and classes are three partitions crossing each other), so
 * feasibility is an integer program. The program's shape is fixed for a run
 * and only bounds change between questions, as with the flow network; the
 * solver itself lives in the shell (it loads WebAssembly), the core only
 * builds the model and asks.
 */

/** A model in rows of sparse terms. */
export interface MipModel {
  numCols: number;
  /**
   * Per column, whether it must be an integer (all are when absent). Columns
   * that an integral solution of the others can always make integral (the
   * "first seats" of a minimum, a single applicant's placement) are left
   * continuous: fewer columns to branch on, the same answers.
   */
  integer?: boolean[];
  colLower: number[];
  colUpper: number[];
  /** Objective coefficient per column, maximised; all zero asks only whether a solution exists. */
  colCost: number[];
  rows: { terms: [col: number, coef: number][]; lower: number; upper: number }[];
}

export interface MipAnswer {
  feasible: boolean;
  /** The objective's optimum, when feasible. */
  objective: number;
}

/** One model kept by the solver; bounds and costs change between solves. */
export interface MipInstance {
  setColBounds(col: number, lower: number, upper: number): void;
  setRowBounds(row: number, lower: number, upper: number): void;
  setColCost(col: number, cost: number): void;
  solve(): MipAnswer;
  /** Frees the solver's memory; the instance is unusable afterwards. */
  dispose(): void;
}

export interface MipSolver {
  create(model: MipModel): MipInstance;
}

/** Stands for "no bound" in models (the solver maps it to its own infinity). */
export const NO_BOUND = Number.POSITIVE_INFINITY;
