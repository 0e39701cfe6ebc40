/**
 * A slow reference for larger instances: the same network and targets, but
 * one feasibility test per applicant and one per relaxation per refusal, in
 * plain rank order; no blocked cells, no galloping, no reuse of reasons. It
 * checks the shortcuts of select.ts, held.ts and reasons.ts where brute force
 * cannot reach.
 */
import { groupOfCell, layoutOf, valueOfCell } from "../../../src/core/allocation/layout.js";
import { SeatNetwork } from "../../../src/core/allocation/network.js";
import { computeTargets } from "../../../src/core/allocation/targets.js";
import type { AllocationProblem } from "../../../src/core/allocation/types.js";

export interface ReferenceOutcome {
  admitted: boolean;
  code: string;
  /** The value or quota the reason names, if any. */
  subject: string | null;
}

export function reference(problem: AllocationProblem): ReferenceOutcome[] {
  const layout = layoutOf(problem);
  const { G, V, cells, cellOf } = layout;
  const network = new SeatNetwork(layout);
  const n = cellOf.length;
  const after = new Int32Array(cells);
  for (let i = 0; i < n; i++) after[cellOf[i]!]! += 1;
  const targets = computeTargets(layout, network, new Int32Array(cells), after.slice());
  const T = targets.total;
  const x = new Int32Array(cells);
  const out: ReferenceOutcome[] = [];
  const count = (pick: (c: number) => boolean) => x.reduce((s, k, c) => (pick(c) ? s + k : s), 0);
  const test = (c: number, mins: number[], quotas: number[], relaxTotal: boolean) => {
    const lower = x.slice();
    lower[c]! += 1;
    const upper = lower.map((l, d) => l + after[d]!);
    const valueLower = targets.mins.map((m, u) => (mins.includes(u) ? 0 : m));
    const groupLower = targets.quotas.map((q, h) => (quotas.includes(h) ? 0 : q));
    return network.feasible({
      cellLower: lower,
      cellUpper: upper,
      valueLower,
      groupLower,
      totalLower: relaxTotal ? 0 : T,
      totalUpper: T,
    });
  };
  for (let i = 0; i < n; i++) {
    const c = cellOf[i]!;
    after[c]! -= 1;
    if (count(() => true) < T && test(c, [], [], false)) {
      x[c]! += 1;
      out.push({ admitted: true, code: "MERIT", subject: null });
      continue;
    }
    const g = groupOfCell(layout, c);
    const v = valueOfCell(layout, c);
    const byValue = (u: number) => count((d) => valueOfCell(layout, d) === u);
    const byGroup = (h: number) => count((d) => groupOfCell(layout, d) === h);
    const refuse = (code: string, subject: string | null) =>
      out.push({ admitted: false, code, subject });
    if (v < V && byValue(v) >= layout.cap[v]!) {
      refuse("SPREAD_CAP", layout.values[v]!);
      continue;
    }
    if (G > 0) {
      const reserved = layout.transfer ? targets.quotas : layout.quota;
      let taken = byGroup(G);
      for (let h = 0; h < G; h++) taken += Math.max(0, byGroup(h) - reserved[h]!);
      const openTotal = layout.transfer
        ? layout.seats - targets.quotas.reduce((s, t) => s + t, 0)
        : layout.openSeats;
      if (openTotal - taken <= 0 && (g === G || byGroup(g) >= layout.quota[g]!)) {
        refuse("GROUP_FULL", g === G ? null : layout.groupIds[g]!);
        continue;
      }
    }
    if (count(() => true) >= T) {
      refuse("SEATS_FULL", null);
      continue;
    }
    const mins = [...Array(V).keys()].filter((u) => u !== v && targets.mins[u]! > 0);
    const quotas = [...Array(G).keys()].filter((h) => h !== g && targets.quotas[h]! > 0);
    const first = (of: number[], target: ArrayLike<number>, have: (k: number) => number) =>
      of.find((k) => have(k) < target[k]!) ?? of[0]!;
    const minName = (of: number[]) => layout.values[first(of, targets.mins, byValue)]!;
    const quotaName = (of: number[]) => layout.groupIds[first(of, targets.quotas, byGroup)]!;
    const single = mins.find((u) => test(c, [u], [], false));
    if (single !== undefined) refuse("HELD_FOR_MIN", minName([single]));
    else {
      const h = quotas.find((h) => test(c, [], [h], false));
      if (h !== undefined) refuse("HELD_FOR_QUOTA", quotaName([h]));
      else if (test(c, [], [], true)) refuse("SEATS_FULL", null);
      else if (mins.length > 1 && test(c, mins, [], false)) refuse("HELD_FOR_MIN", minName(mins));
      else if (quotas.length > 1 && test(c, [], quotas, false))
        refuse("HELD_FOR_QUOTA", quotaName(quotas));
      else if (mins.length > 0) refuse("HELD_FOR_MIN", minName(mins));
      else if (quotas.length > 0) refuse("HELD_FOR_QUOTA", quotaName(quotas));
      else refuse("SEATS_FULL", null);
    }
  }
  return out;
}
