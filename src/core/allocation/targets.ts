/**
 * Targets, computed lexicographically in priority order: first the spread
 * minimums the pool can reach, then the quota fill those minimums leave
 * possible, then T, the most seats that can be filled within both.
 *
 * When the pool cannot meet every minimum (or every quota) at once, the
 * shortfall is shared out by water-filling: all targets rise together one
 * seat at a time, a target stops where raising it would make the others
 * impossible, and within one level the earlier value (or quota) goes first.
 * The feasible target vectors are closed downwards, so a target that cannot
 * rise now never can later (raising others only takes room away); that is why
 * one binary search per level and one test per target and level suffice.
 */
import type { Layout } from "./layout.js";
import type { Limits, SeatNetwork } from "./network.js";

export interface TargetCounts {
  /** Per spread value: the minimum the pool can reach. */
  mins: Int32Array;
  /** Per quota: the seats the group can fill, minimums first. */
  quotas: Int32Array;
  /** T. */
  total: number;
}

/**
 * The largest vector below `wanted`, in water-filling order, that `fits`;
 * `fits` must accept the zero vector and be closed downwards.
 */
export function waterFill(wanted: ArrayLike<number>, fits: (l: Int32Array) => boolean): Int32Array {
  const n = wanted.length;
  const level = new Int32Array(n);
  const all = Int32Array.from(wanted);
  if (fits(all)) return all;
  const rising = new Set<number>();
  for (let k = 0; k < n; k++) if (wanted[k]! > 0) rising.add(k);
  let floor = 0;
  const at = (l: number) => {
    const trial = level.slice();
    for (const k of rising) trial[k] = Math.min(wanted[k]!, l);
    return trial;
  };
  while (rising.size > 0) {
    // The highest common level the rising targets can reach together.
    let lo = floor;
    // A loop, not a spread: a spread of many targets overflows the stack.
    let hi = 0;
    for (const k of rising) hi = Math.max(hi, wanted[k]!);
    while (lo < hi) {
      const mid = lo + Math.ceil((hi - lo) / 2);
      if (fits(at(mid))) lo = mid;
      else hi = mid - 1;
    }
    level.set(at(lo));
    for (const k of [...rising]) {
      if (level[k] === wanted[k]) {
        rising.delete(k);
        continue;
      }
      level[k]! += 1;
      if (!fits(level)) {
        level[k]! -= 1;
        rising.delete(k);
      } else if (level[k] === wanted[k]) {
        rising.delete(k);
      }
    }
    floor = lo + 1;
  }
  return level;
}

/**
 * Targets for a pool given as per-cell bounds: `cellLower` the applicants who
 * already hold seats (none, or the kept admissions of a top-up), `cellUpper`
 * those plus every applicant still competing.
 */
export function computeTargets(
  layout: Layout,
  network: SeatNetwork,
  cellLower: Int32Array,
  cellUpper: Int32Array,
): TargetCounts {
  const limits: Limits = {
    cellLower,
    cellUpper,
    valueLower: new Int32Array(layout.V),
    groupLower: new Int32Array(layout.G),
    totalLower: 0,
    totalUpper: layout.seats,
  };
  const mins = waterFill(layout.minWanted, (l) => network.feasible({ ...limits, valueLower: l }));
  limits.valueLower = mins;
  const quotas = waterFill(layout.quota, (l) => network.feasible({ ...limits, groupLower: l }));
  limits.groupLower = quotas;
  const total = Math.min(network.maxTotal(limits), layout.seats);
  return { mins, quotas, total: Math.max(total, 0) };
}
