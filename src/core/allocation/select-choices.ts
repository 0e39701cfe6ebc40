/**
 * Rank-order selection with ranked choices: going down the rank order, each
 * applicant gets the best of their choices for which the admitted so far,
 * they at that choice, and some completion from the applicants after them
 * still meet every class, cap, minimum fill, quota fill and T; if none, they
 * wait. With an exact test this is the allocation that is best at the first
 * applicant where two allowed allocations differ (admitted before not, a
 * better choice before a worse one).
 *
 * The argument of select.ts carries over, with "cell" read as (list,
 * choice): applicants of one list share cell and choices, and an applicant
 * already admitted can be swapped with a later one of their list, so once
 * choice k is impossible for one applicant of a list it stays impossible for
 * every later one of it (blocked). Runs of applicants each taking their best
 * choice not blocked are found by galloping; the applicant right after a run
 * blocks one (list, choice) and is tried again at their next choice. At most
 * lists x choices + 1 runs.
 *
 * A completion places the applicants still to come anywhere among their
 * choices (their union): a completion placing one at a blocked choice would
 * have unblocked it, so this never admits more than the rule allows.
 */
import type { ClassLayout } from "./class-layout.js";
import type { Limits } from "./network.js";
import type { Sequence } from "./sequence.js";
import type { TargetCounts } from "./targets.js";

export interface ChoiceSelection {
  /** Per position: the 1-based choice got, 0 when waiting. */
  choiceAt: Int32Array;
}

export function selectWithChoices(
  classes: ClassLayout,
  network: { feasible(limits: Limits): boolean },
  seq: Sequence,
  fixed: Int32Array,
  targets: TargetCounts,
  valueCount: number,
  groupCount: number,
): ChoiceSelection {
  const m = seq.length;
  const L = classes.lists.length;
  const types = classes.typeCell.length;
  const choiceAt = new Int32Array(m);
  // Per list: the first choice not blocked (0-based); choices.length when all are.
  const current = new Int32Array(L);
  const x = fixed.slice();
  // Units per type (x), and the members they hold (total): a team counts all of them.
  let total = 0;
  x.forEach((k, t) => {
    total += k * classes.typeSize[t]!;
  });
  const run = new Int32Array(L);
  const rest = new Int32Array(L);
  const limits: Limits = {
    cellLower: new Int32Array(types),
    cellUpper: new Int32Array(types),
    valueLower: new Int32Array(valueCount),
    groupLower: new Int32Array(groupCount),
    minFill: targets.minFill,
    quotaFill: targets.quotaFill,
    totalLower: targets.total,
    totalUpper: targets.total,
  };
  const open = (l: number) => current[l]! < classes.lists[l]!.choices.length;
  let i = 0;
  const fits = (j: number): boolean => {
    seq.counts(i, j, run);
    seq.counts(j, m, rest);
    limits.cellLower.set(x);
    limits.cellUpper.set(x);
    let seated = total;
    for (let l = 0; l < L; l++) {
      const list = classes.lists[l]!;
      if (open(l) && run[l]! > 0) {
        const t = list.choiceType[current[l]!]!;
        limits.cellLower[t]! += run[l]!;
        limits.cellUpper[t]! += run[l]!;
        seated += run[l]! * list.size;
      }
      if (rest[l]! > 0) {
        limits.cellUpper[list.unionType]! += rest[l]!;
        if (list.mandatory) {
          limits.cellLower[list.unionType]! += rest[l]!;
          seated += rest[l]! * list.size;
        }
      }
    }
    return seated <= targets.total && network.feasible(limits);
  };
  while (i < m && total < targets.total) {
    if (!open(seq.cellAt[i]!)) {
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
      const l = seq.cellAt[p]!;
      if (!open(l)) continue;
      choiceAt[p] = current[l]! + 1;
      x[classes.lists[l]!.choiceType[current[l]!]!]! += 1;
      total += classes.lists[l]!.size;
    }
    if (bad < 0) {
      i = good;
      break;
    }
    // The applicant at `good` cannot have their current choice: block it for
    // their list and try them again at the next one.
    const l = seq.cellAt[good]!;
    if (classes.lists[l]!.mandatory && current[l]! + 1 >= classes.lists[l]!.choices.length) {
      throw new Error("a kept admission has no choice left");
    }
    current[l]! += 1;
    i = good;
  }
  return { choiceAt };
}
