/**
 * Rank-order selection. An applicant is admitted when the admitted set plus
 * them can still be completed, from the applicants not yet considered, to T
 * seats meeting every cap, the minimum fill and the quota fill. With an exact
 * test this greedy picks the rank-order best (lexicographically first) of all
 * allocations meeting the targets.
 *
 * Why few flow computations suffice:
 *
 * 1. A blocked cell stays blocked. Say an applicant of cell c is refused with
 *    admitted set X and remaining applicants R: no Y within R completes
 *    X + c. Later the admitted set is X + A with A within R, and the remaining
 *    R' lies within R minus A. If X + A + c + Y' were completable for a later
 *    applicant of c, Y = A + Y' (both within R) would have completed X + c
 *    then. So every later applicant of c is refused without a test.
 * 2. Runs are found by galloping. "Admitting every not-blocked applicant in
 *    positions [i, j) keeps the targets reachable" is monotone in j (a shorter
 *    run completes with the rest of the longer one), and when it holds each
 *    applicant of the run passes their own test (the rest of the run is part
 *    of their completion). So the longest admissible run is found by doubling
 *    then bisecting, and the applicant right after it is refused, which blocks
 *    a cell. There are at most (cells + 1) runs: O(cells x log n) flows.
 */
import type { Layout } from "./layout.js";
import type { Limits, SeatNetwork } from "./network.js";
import type { Sequence } from "./sequence.js";
import type { TargetCounts } from "./targets.js";

/** Which positions of the sequence are admitted (1) or not (0). */
export function select(
  layout: Layout,
  network: SeatNetwork,
  seq: Sequence,
  fixed: Int32Array,
  targets: TargetCounts,
): Uint8Array {
  const m = seq.length;
  const cells = layout.cells;
  const admitted = new Uint8Array(m);
  const blocked = new Uint8Array(cells);
  const x = fixed.slice();
  let total = x.reduce((sum, k) => sum + k, 0);
  const run = new Int32Array(cells);
  const rest = new Int32Array(cells);
  const limits: Limits = {
    cellLower: new Int32Array(cells),
    cellUpper: new Int32Array(cells),
    valueLower: new Int32Array(layout.V),
    groupLower: new Int32Array(layout.G),
    minFill: targets.minFill,
    quotaFill: targets.quotaFill,
    totalLower: targets.total,
    totalUpper: targets.total,
  };
  let i = 0;
  // Admitting every not-blocked applicant in [i, j) keeps the targets reachable.
  const fits = (j: number): boolean => {
    seq.counts(i, j, run);
    seq.counts(j, m, rest);
    let seated = total;
    for (let c = 0; c < cells; c++) {
      const joining = blocked[c] ? 0 : run[c]!;
      seated += joining;
      limits.cellLower[c] = x[c]! + joining;
      limits.cellUpper[c] = x[c]! + joining + rest[c]!;
    }
    return seated <= targets.total && network.feasible(limits);
  };
  while (i < m && total < targets.total) {
    if (blocked[seq.cellAt[i]!]) {
      i++;
      continue;
    }
    let good = i;
    let bad = -1;
    for (let step = 1; bad < 0 && good < m; step *= 2) {
      const j = Math.min(m, good + step);
      if (fits(j)) good = j;
      else bad = j;
    }
    while (bad > good + 1) {
      const mid = (good + bad) >>> 1;
      if (fits(mid)) good = mid;
      else bad = mid;
    }
    for (let p = i; p < good; p++) {
      const c = seq.cellAt[p]!;
      if (blocked[c]) continue;
      admitted[p] = 1;
      x[c]! += 1;
      total++;
    }
    if (bad >= 0) blocked[seq.cellAt[good]!] = 1;
    i = good + 1;
  }
  return admitted;
}
