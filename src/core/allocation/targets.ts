/**
 * Targets, computed lexicographically in priority order: first the minimum
 * fill (the most seats the minimums can get together), then the quota fill
 * (the most quota seats that can be filled with that minimum fill), then T,
 * the most seats that can be filled within both.
 *
 * The targets are sums, not one number per value or quota: when the pool
 * cannot meet every minimum (or every quota) at once, the rules do not say
 * beforehand which one falls short. The rank-order selection decides that,
 * so merit chooses between values and quotas, never the order they are
 * declared in or their names. Each sum is found by one test of the full
 * amount and, when that fails, a binary search: the feasible amounts are
 * closed downwards (a completion meeting an amount meets every smaller one).
 */
import type { Layout } from "./layout.js";
import type { Feasibility, Limits } from "./network.js";

export interface TargetCounts {
  /** Seats the minimums get together: the sum over values of min(admitted, minimum). */
  minFill: number;
  /** Quota seats filled together: the sum over quotas of min(admitted, quota seats). */
  quotaFill: number;
  /** T. */
  total: number;
}

/** Per value and per quota: the targets the chosen allocation meets, for the reasons. */
export interface CellTargets {
  mins: Int32Array;
  quotas: Int32Array;
  total: number;
}

/** The largest amount in [0, wanted] that `fits`; `fits` must hold at 0 and be closed downwards. */
export function largest(wanted: number, fits: (amount: number) => boolean): number {
  if (fits(wanted)) return wanted;
  let lo = 0;
  let hi = wanted - 1;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Bounds with no targets: caps, seats and the given cells only. */
export function bareLimits(layout: Layout, cellLower: Int32Array, cellUpper: Int32Array): Limits {
  return {
    cellLower,
    cellUpper,
    valueLower: new Int32Array(layout.V),
    groupLower: new Int32Array(layout.G),
    minFill: 0,
    quotaFill: 0,
    totalLower: 0,
    totalUpper: layout.seats,
  };
}

/**
 * Targets for a pool given as per-cell bounds: `cellLower` the applicants who
 * already hold seats (none, or the kept admissions of a top-up), `cellUpper`
 * those plus every applicant still competing.
 */
export function computeTargets(
  layout: Layout,
  network: Feasibility,
  cellLower: Int32Array,
  cellUpper: Int32Array,
): TargetCounts {
  const limits = bareLimits(layout, cellLower, cellUpper);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  limits.minFill = largest(sum(layout.minWanted), (l) =>
    network.feasible({ ...limits, minFill: l }),
  );
  limits.quotaFill = largest(sum(layout.quota), (l) =>
    network.feasible({ ...limits, quotaFill: l }),
  );
  const total = Math.min(network.maxTotal(limits), layout.seats);
  return { minFill: limits.minFill, quotaFill: limits.quotaFill, total: Math.max(total, 0) };
}

/**
 * The most seats value v could get towards its minimum (kind "value"), or
 * quota g could fill (kind "group"), if it were the only target: tells a pool
 * too short from a clash with the other targets.
 */
export function reachAlone(
  layout: Layout,
  network: Feasibility,
  cellLower: Int32Array,
  cellUpper: Int32Array,
  kind: "value" | "group",
  k: number,
): number {
  const limits = bareLimits(layout, cellLower, cellUpper);
  const wanted = kind === "value" ? layout.minWanted[k]! : layout.quota[k]!;
  return largest(wanted, (l) => {
    const lower = new Int32Array(kind === "value" ? layout.V : layout.G);
    lower[k] = l;
    return network.feasible(
      kind === "value" ? { ...limits, valueLower: lower } : { ...limits, groupLower: lower },
    );
  });
}
