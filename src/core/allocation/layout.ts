/**
 * Numbers the quota groups, spread values and cells of a problem, so that
 * the rest of the allocation works on small integer arrays.
 *
 * The values of every spread field are numbered in one list (field by field),
 * so that minimums and caps are rows over one index whatever the number of
 * fields. A cell is a quota group (G for "outside every quota") with one
 * value per field (V + f for "no value of field f"). With at most one field
 * the cells are every pair, numbered g x (V + 1) + v, as the flow of
 * network.ts wants; with more they are only the combinations that occur,
 * since the product of several fields' values can be large while a pool
 * holds few of them.
 */
import type { AllocationProblem } from "./types.js";

export interface Layout {
  /** Seats in total (N). */
  seats: number;
  transfer: boolean;
  groupIds: string[];
  quota: number[];
  /** Seats no quota reserves: N minus the quota seats. */
  openSeats: number;
  /** The spread fields' names. */
  fields: string[];
  /** Every value of every field, field by field. */
  values: string[];
  /** Per value: the index of its field. */
  valueField: number[];
  /** Per value: the minimum as configured (at most the cap) and the cap (at most N). */
  minWanted: number[];
  cap: number[];
  /**
   * Per value: whether a cap is configured at or below N. Without one (or
   * above N) the clamped cap is only reached with every seat taken, and that
   * is a full house, not a cap.
   */
  capped: boolean[];
  /** Number of real groups, values (of all fields) and fields. */
  G: number;
  V: number;
  F: number;
  cells: number;
  /** Per cell: its quota group, G for none. */
  cellGroup: Int32Array;
  /** Per cell and field (cell x F + f): its value, V + f for none. */
  cellValue: Int32Array;
  /** Cell of every candidate, in input order. */
  cellOf: Int32Array;
}

export const groupOfCell = (layout: Layout, cell: number): number => layout.cellGroup[cell]!;

/** The cell's value of the first field (V without a spread): what the flow of network.ts reads. */
export const valueOfCell = (layout: Layout, cell: number): number =>
  layout.F === 0 ? layout.V : layout.cellValue[cell * layout.F]!;

/** Calls `each` with the cell's value of every field that it has one of. */
export const forValuesOfCell = (layout: Layout, cell: number, each: (v: number) => void): void => {
  const { F, V, cellValue } = layout;
  for (let f = 0; f < F; f++) {
    const v = cellValue[cell * F + f]!;
    if (v < V) each(v);
  }
};

const seatCount = (n: number, seats: number): number =>
  Number.isFinite(n) ? Math.max(0, Math.min(Math.floor(n), seats)) : seats;

export function layoutOf(problem: AllocationProblem): Layout {
  const seats = problem.total;
  const groupIds = problem.groups.map((g) => g.id);
  const groupIndex = new Map(groupIds.map((id, i) => [id, i]));
  const quota = problem.groups.map((g) => seatCount(g.seats, seats));
  const reserved = quota.reduce((sum, q) => sum + q, 0);
  const spreads = problem.spreads;
  const F = spreads.length;
  // Per field the values declared, then those seen on candidates but not
  // declared (they get the same limits). Global numbers are given once every
  // value is known, so candidates first record local ones.
  const local: string[][] = spreads.map(() => []);
  const localIndex: Map<string, number>[] = spreads.map(() => new Map());
  const addValue = (f: number, value: string): number => {
    const index = local[f]!.length;
    localIndex[f]!.set(value, index);
    local[f]!.push(value);
    return index;
  };
  spreads.forEach((spread, f) => {
    for (const value of spread.values) if (!localIndex[f]!.has(value)) addValue(f, value);
  });
  const n = problem.candidates.length;
  const groupAt = new Int32Array(n);
  const valueAt = new Int32Array(n * F);
  // Candidates sharing one values array share the lookup.
  let lastValues: readonly (string | null)[] | null = null;
  for (let i = 0; i < n; i++) {
    const candidate = problem.candidates[i]!;
    if (candidate.group === null || groupIds.length === 0) {
      groupAt[i] = -1;
    } else {
      const g = groupIndex.get(candidate.group);
      if (g === undefined) {
        throw new Error(
          `candidate "${candidate.id}" is in "${candidate.group}", which is no quota`,
        );
      }
      groupAt[i] = g;
    }
    if (F === 0) continue;
    if (candidate.values === lastValues && i > 0) {
      for (let f = 0; f < F; f++) valueAt[i * F + f] = valueAt[(i - 1) * F + f]!;
      continue;
    }
    lastValues = candidate.values;
    if (candidate.values.length !== F) {
      throw new Error(
        `candidate "${candidate.id}" has ${candidate.values.length} spread values, not ${F}`,
      );
    }
    for (let f = 0; f < F; f++) {
      const value = candidate.values[f]!;
      valueAt[i * F + f] = value === null ? -1 : (localIndex[f]!.get(value) ?? addValue(f, value));
    }
  }
  const fields = spreads.map((s) => s.field);
  const values: string[] = [];
  const valueField: number[] = [];
  const offset: number[] = [];
  local.forEach((list, f) => {
    offset.push(values.length);
    for (const value of list) {
      values.push(value);
      valueField.push(f);
    }
  });
  const G = groupIds.length;
  const V = values.length;
  const global = (i: number, f: number): number => {
    const l = valueAt[i * F + f]!;
    return l < 0 ? V + f : offset[f]! + l;
  };
  const cellOf = new Int32Array(n);
  let cells: number;
  let cellGroup: Int32Array;
  let cellValue: Int32Array;
  if (F <= 1) {
    cells = (G + 1) * (V + 1);
    cellGroup = new Int32Array(cells);
    cellValue = new Int32Array(cells * F);
    for (let c = 0; c < cells; c++) {
      cellGroup[c] = Math.floor(c / (V + 1));
      if (F === 1) cellValue[c] = c % (V + 1);
    }
    for (let i = 0; i < n; i++) {
      const g = groupAt[i]! < 0 ? G : groupAt[i]!;
      cellOf[i] = g * (V + 1) + (F === 1 ? global(i, 0) : 0);
    }
  } else {
    const index = new Map<string, number>();
    const groupsOf: number[] = [];
    const valuesOf: number[] = [];
    const key: number[] = new Array(F + 1);
    for (let i = 0; i < n; i++) {
      key[0] = groupAt[i]! < 0 ? G : groupAt[i]!;
      for (let f = 0; f < F; f++) key[f + 1] = global(i, f);
      const k = key.join(",");
      let c = index.get(k);
      if (c === undefined) {
        c = groupsOf.length;
        index.set(k, c);
        groupsOf.push(key[0]!);
        for (let f = 0; f < F; f++) valuesOf.push(key[f + 1]!);
      }
      cellOf[i] = c;
    }
    cells = groupsOf.length;
    cellGroup = Int32Array.from(groupsOf);
    cellValue = Int32Array.from(valuesOf);
  }
  const limitOf = (v: number, kind: "min" | "max"): number =>
    spreads[valueField[v]!]![kind](values[v]!);
  const cap = values.map((_, v) => seatCount(limitOf(v, "max"), seats));
  const capped = values.map((_, v) => {
    const max = limitOf(v, "max");
    return Number.isFinite(max) && Math.floor(max) <= seats;
  });
  const minWanted = values.map((_, v) => Math.min(seatCount(limitOf(v, "min"), seats), cap[v]!));
  return {
    seats,
    transfer: problem.unfilled === "transfer",
    groupIds,
    quota,
    openSeats: Math.max(0, seats - reserved),
    fields,
    values,
    valueField,
    minWanted,
    cap,
    capped,
    G,
    V,
    F,
    cells,
    cellGroup,
    cellValue,
    cellOf,
  };
}
