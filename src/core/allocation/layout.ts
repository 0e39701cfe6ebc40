/**
 * Numbers the quota groups, spread values and cells (group x value) of a
 * problem, so that the rest of the allocation works on small integer arrays.
 * Group index G stands for "outside every quota", value index V for "no value".
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
  values: string[];
  /** Per value: the minimum as configured (at most the cap) and the cap (at most N). */
  minWanted: number[];
  cap: number[];
  /**
   * Per value: whether a cap is configured at or below N. Without one (or
   * above N) the clamped cap is only reached with every seat taken, and that
   * is a full house, not a cap.
   */
  capped: boolean[];
  /** Number of real groups and values; cells are (G + 1) x (V + 1). */
  G: number;
  V: number;
  cells: number;
  /** Cell of every candidate, in input order. */
  cellOf: Int32Array;
}

export const groupOfCell = (layout: Layout, cell: number): number =>
  Math.floor(cell / (layout.V + 1));
export const valueOfCell = (layout: Layout, cell: number): number => cell % (layout.V + 1);

const seatCount = (n: number, seats: number): number =>
  Number.isFinite(n) ? Math.max(0, Math.min(Math.floor(n), seats)) : seats;

export function layoutOf(problem: AllocationProblem): Layout {
  const seats = problem.total;
  const groupIds = problem.groups.map((g) => g.id);
  const groupIndex = new Map(groupIds.map((id, i) => [id, i]));
  const quota = problem.groups.map((g) => seatCount(g.seats, seats));
  const reserved = quota.reduce((sum, q) => sum + q, 0);
  const spread = problem.spread;
  const values: string[] = [];
  const valueIndex = new Map<string, number>();
  const addValue = (value: string): number => {
    valueIndex.set(value, values.length);
    values.push(value);
    return values.length - 1;
  };
  for (const value of spread?.values ?? []) if (!valueIndex.has(value)) addValue(value);
  // Values seen on candidates but not declared get the same limits; their
  // cell index is fixed only once every value is known, so record pairs first.
  const n = problem.candidates.length;
  const groupAt = new Int32Array(n);
  const valueAt = new Int32Array(n);
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
    if (candidate.value === null || !spread) {
      valueAt[i] = -1;
    } else {
      valueAt[i] = valueIndex.get(candidate.value) ?? addValue(candidate.value);
    }
  }
  const G = groupIds.length;
  const V = values.length;
  const cellOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = groupAt[i]! < 0 ? G : groupAt[i]!;
    const v = valueAt[i]! < 0 ? V : valueAt[i]!;
    cellOf[i] = g * (V + 1) + v;
  }
  const cap = values.map((v) => seatCount(spread!.max(v), seats));
  const capped = values.map((v) => {
    const max = spread!.max(v);
    return Number.isFinite(max) && Math.floor(max) <= seats;
  });
  const minWanted = values.map((v, i) => Math.min(seatCount(spread!.min(v), seats), cap[i]!));
  return {
    seats,
    transfer: problem.unfilled === "transfer",
    groupIds,
    quota,
    openSeats: Math.max(0, seats - reserved),
    values,
    minWanted,
    cap,
    capped,
    G,
    V,
    cells: (G + 1) * (V + 1),
    cellOf,
  };
}
