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
import type { MipInstance, MipModel, MipSolver } from "../../core/allocation/mip.js";
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

const bound = (highs: Highs, x: number): number =>
  x === Number.POSITIVE_INFINITY
    ? highs.infinity
    : x === Number.NEGATIVE_INFINITY
      ? -highs.infinity
      : x;

const instance = (highs: Highs, model: MipModel): MipInstance => {
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
    integrality: new Array(numCols).fill(highs.constants.variableType.integer),
  });
  m.options.set({ output_flag: false, mip_rel_gap: 0 });
  const status = highs.constants.modelStatus;
  return {
    setColBounds: (col, lower, upper) => {
      m.changeColBounds(col, bound(highs, lower), bound(highs, upper));
    },
    setRowBounds: (row, lower, upper) => {
      m.changeRowBounds(row, bound(highs, lower), bound(highs, upper));
    },
    setColCost: (col, cost) => {
      m.changeColCost(col, cost);
    },
    solve: () => {
      m.run();
      const s = m.getModelStatus();
      if (s === status.optimal)
        return { feasible: true, objective: Math.round(m.getObjectiveValue()) };
      if (s === status.infeasible) return { feasible: false, objective: 0 };
      throw new CohortError("internal", `the integer solver stopped with status ${s}`);
    },
    dispose: () => m.dispose(),
  };
};
