/**
 * The exact integer solver behind allocations with parallel classes: HiGHS,
 * compiled to WebAssembly (the `highs` package), loaded only by the runs that
 * need it (about 50 ms and 3.5 MB of WebAssembly; docs/dependencies.md says
 * why this solver). The WebAssembly file ships next to the bundle in dist/,
 * and is read from the package when running from source.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Highs, InitOptions } from "highs";
import type { MipAnswer, MipInstance, MipModel, MipSolver } from "../../core/allocation/mip.js";
import { CohortError } from "../../errors.js";

type Loader = (options?: InitOptions) => Promise<Highs>;

let loading: Promise<MipSolver> | undefined;

/** The solver, loaded once per process. */
export const loadSolver = (): Promise<MipSolver> => {
  loading ??= load();
  return loading;
};

const wasmPath = (): string => {
  // dist/chunks/*.js or dist/cli.js in the bundle; src/io/solver/ from source.
  for (const rel of ["../highs.wasm", "./highs.wasm"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(path)) return path;
  }
  return createRequire(import.meta.url).resolve("highs/runtime");
};

const load = async (): Promise<MipSolver> => {
  // The package is CommonJS with an ES module build: the loader is the
  // default export of one and the default of the default of the other.
  const mod = (await import("highs")) as unknown as { default: Loader | { default: Loader } };
  const loader = typeof mod.default === "function" ? mod.default : mod.default.default;
  // The loader reads the file it is told of (given bytes are not used by
  // every build of it).
  const path = wasmPath();
  const highs = await loader({ locateFile: () => path });
  return { create: (model) => instance(highs, model) };
};

/** Relaxations a dive solves at most before branch and bound takes over. */
const MAX_DIVE_STEPS = 200;

const bound = (highs: Highs, x: number): number =>
  x === Number.POSITIVE_INFINITY
    ? highs.infinity
    : x === Number.NEGATIVE_INFINITY
      ? -highs.infinity
      : x;

/**
 * One model as two HiGHS instances: its linear relaxation, solved first, and
 * the integer program, solved only when the relaxation's optimum is not
 * integral. An infeasible relaxation proves the integer program infeasible,
 * and an integral optimum of the relaxation is an optimum of the integer
 * program, so the answer stays exact; the seat questions are mostly settled
 * by the relaxation, about ten times faster than branch and bound.
 *
 * When the relaxation's optimum is fractional and the model only asks
 * whether a solution exists (no objective), a dive comes first: fix one
 * fractional column at its nearer integer (the other one if that is
 * infeasible) and solve the relaxation again, until it is integral. An
 * integral solution found so is a proof that one exists; a dive that runs
 * out proves nothing, and branch and bound answers. Several spread fields
 * and teams make fractional optima common; a dive of warm relaxations
 * mostly ends in a solution, several times faster than branch and bound
 * (docs/performance.md).
 */
const instance = (highs: Highs, model: MipModel): MipInstance => {
  const colLower = [...model.colLower];
  const colUpper = [...model.colUpper];
  const colCost = [...model.colCost];
  const rowLower = model.rows.map((r) => r.lower);
  const rowUpper = model.rows.map((r) => r.upper);
  const relaxation = create(highs, model, false);
  let integer: ReturnType<typeof create> | undefined;
  // What the integer instance was last given, to pass it only the changes.
  let synced:
    | {
        colLower: number[];
        colUpper: number[];
        colCost: number[];
        rowLower: number[];
        rowUpper: number[];
      }
    | undefined;
  const status = highs.constants.modelStatus;
  const feasibilityOnly = () => colCost.every((c) => c === 0);
  const isInteger = (j: number) => model.integer?.[j] ?? true;
  const answer = (m: ReturnType<typeof create>): MipAnswer | "fractional" => {
    m.run();
    const s = m.getModelStatus();
    if (s === status.infeasible) return { feasible: false, objective: 0 };
    // A model without columns (everyone kept or out of the pool): every row
    // sums to 0, so it is feasible exactly when every row's bounds hold 0.
    if (s === status.empty)
      return {
        feasible: rowLower.every((lower, i) => lower <= 0 && 0 <= rowUpper[i]!),
        objective: 0,
      };
    if (s !== status.optimal)
      throw new CohortError("internal", `the integer solver stopped with status ${s}`);
    if (m === relaxation) {
      const values = m.getSolution().colValue ?? [];
      for (let j = 0; j < values.length; j++) {
        if (isInteger(j) && Math.abs(values[j]! - Math.round(values[j]!)) > 1e-7)
          return "fractional";
      }
    }
    return { feasible: true, objective: Math.round(m.getObjectiveValue()) };
  };
  const syncInteger = (m: ReturnType<typeof create>): void => {
    const last = synced;
    for (let j = 0; j < colLower.length; j++) {
      if (!last || last.colLower[j] !== colLower[j] || last.colUpper[j] !== colUpper[j])
        m.changeColBounds(j, bound(highs, colLower[j]!), bound(highs, colUpper[j]!));
      if (!last || last.colCost[j] !== colCost[j]) m.changeColCost(j, colCost[j]!);
    }
    for (let i = 0; i < rowLower.length; i++) {
      if (!last || last.rowLower[i] !== rowLower[i] || last.rowUpper[i] !== rowUpper[i])
        m.changeRowBounds(i, bound(highs, rowLower[i]!), bound(highs, rowUpper[i]!));
    }
    synced = {
      colLower: [...colLower],
      colUpper: [...colUpper],
      colCost: [...colCost],
      rowLower: [...rowLower],
      rowUpper: [...rowUpper],
    };
  };
  /** A dive on the relaxation: true when it reaches an integral solution. */
  const fixed = new Set<number>();
  const setDive = (j: number, value: number) => {
    fixed.add(j);
    relaxation.changeColBounds(j, value, value);
  };
  const unfix = (j: number) => {
    fixed.delete(j);
    relaxation.changeColBounds(j, bound(highs, colLower[j]!), bound(highs, colUpper[j]!));
  };
  const feasibleNow = () => {
    relaxation.run();
    return relaxation.getModelStatus() === status.optimal;
  };
  const dive = (): boolean => {
    try {
      for (let step = 0; step < MAX_DIVE_STEPS; step++) {
        const values = relaxation.getSolution().colValue ?? [];
        const fractional: number[] = [];
        for (let k = 0; k < values.length; k++) {
          if (isInteger(k) && Math.abs(values[k]! - Math.round(values[k]!)) > 1e-7)
            fractional.push(k);
        }
        if (fractional.length === 0) return true;
        // Every fractional column at its nearest integer at once; if that
        // leaves nothing feasible, the first one alone, the nearer integer
        // first, else the other one.
        if (fractional.length > 1) {
          for (const j of fractional) setDive(j, Math.round(values[j]!));
          if (feasibleNow()) continue;
          for (const j of fractional) unfix(j);
        }
        const j = fractional[0]!;
        const x = values[j]!;
        const sides =
          x - Math.floor(x) >= 0.5 ? [Math.ceil(x), Math.floor(x)] : [Math.floor(x), Math.ceil(x)];
        let moved = false;
        for (const value of sides) {
          setDive(j, value);
          if (feasibleNow()) {
            moved = true;
            break;
          }
        }
        if (!moved) return false;
      }
      return false;
    } finally {
      for (const j of [...fixed]) unfix(j);
    }
  };
  return {
    setColBounds: (col, lower, upper) => {
      colLower[col] = lower;
      colUpper[col] = upper;
      relaxation.changeColBounds(col, bound(highs, lower), bound(highs, upper));
    },
    setRowBounds: (row, lower, upper) => {
      rowLower[row] = lower;
      rowUpper[row] = upper;
      relaxation.changeRowBounds(row, bound(highs, lower), bound(highs, upper));
    },
    setColCost: (col, cost) => {
      colCost[col] = cost;
      relaxation.changeColCost(col, cost);
    },
    solve: () => {
      const first = answer(relaxation);
      if (first !== "fractional") return first;
      if (feasibilityOnly() && dive()) return { feasible: true, objective: 0 };
      integer ??= create(highs, model, true);
      syncInteger(integer);
      return answer(integer) as MipAnswer;
    },
    dispose: () => {
      relaxation.dispose();
      integer?.dispose();
    },
  };
};

const create = (highs: Highs, model: MipModel, integral: boolean) => {
  const { numCols, rows } = model;
  const start = [0];
  const index: number[] = [];
  const value: number[] = [];
  for (const row of rows) {
    for (const [col, coef] of row.terms) {
      index.push(col);
      value.push(coef);
    }
    start.push(index.length);
  }
  const m = highs.createModel({
    numCols,
    numRows: rows.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: model.colCost,
    colLower: model.colLower.map((x) => bound(highs, x)),
    colUpper: model.colUpper.map((x) => bound(highs, x)),
    rowLower: rows.map((r) => bound(highs, r.lower)),
    rowUpper: rows.map((r) => bound(highs, r.upper)),
    matrix: {
      format: "csr",
      starts: start,
      indices: index,
      values: value,
      numRows: rows.length,
      numCols,
    },
    ...(integral
      ? {
          integrality: Array.from({ length: numCols }, (_, j) =>
            (model.integer?.[j] ?? true)
              ? highs.constants.variableType.integer
              : highs.constants.variableType.continuous,
          ),
        }
      : {}),
  });
  m.options.set({ output_flag: false, mip_rel_gap: 0 });
  return m;
};
