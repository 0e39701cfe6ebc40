/**
 * A slow reference for larger instances: the same network and targets, but
 * one feasibility test per applicant (against the sums, for admission) and
 * one per relaxation per refusal (against the per-value and per-quota
 * targets the admissions meet), in plain rank order; no blocked cells, no
 * galloping, no reuse of reasons. It checks the shortcuts of select.ts,
 * held.ts and reasons.ts where brute force cannot reach, and that the finer
 * targets admit exactly the same applicants as the sums.
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
  const all = new Int32Array(cells);
  for (let i = 0; i < n; i++) all[cellOf[i]!]! += 1;
  const sums = computeTargets(layout, network, new Int32Array(cells), all.slice());
  const T = sums.total;
  // Admissions: one test per applicant against the sums.
  const chosen: boolean[] = [];
  {
    const x = new Int32Array(cells);
    const after = all.slice();
    for (let i = 0; i < n; i++) {
      const c = cellOf[i]!;
      after[c]! -= 1;
      const lower = x.slice();
      lower[c]! += 1;
      const seated = lower.reduce((s, k) => s + k, 0);
      const ok =
        seated <= T &&
        network.feasible({
          cellLower: lower,
          cellUpper: lower.map((l, d) => l + after[d]!),
          valueLower: new Int32Array(V),
          groupLower: new Int32Array(G),
          minFill: sums.minFill,
          quotaFill: sums.quotaFill,
          totalLower: T,
          totalUpper: T,
        });
      chosen.push(ok);
      if (ok) x[c]! += 1;
    }
  }
  // The per-value and per-quota targets the admissions meet.
  const mins = layout.minWanted.map((m, v) =>
    Math.min(m, chosen.filter((y, i) => y && valueOfCell(layout, cellOf[i]!) === v).length),
  );
  const quotaTargets = layout.quota.map((q, g) =>
    Math.min(q, chosen.filter((y, i) => y && groupOfCell(layout, cellOf[i]!) === g).length),
  );
  const targets = { mins, quotas: quotaTargets };
  const after = all.slice();
  const x = new Int32Array(cells);
  const out: ReferenceOutcome[] = [];
  const count = (pick: (c: number) => boolean) => x.reduce((s, k, c) => (pick(c) ? s + k : s), 0);
  const test = (c: number, mins: number[], quotas: number[], relaxTotal: boolean) => {
    const lower = x.slice();
    lower[c]! += 1;
    const upper = lower.map((l, d) => l + after[d]!);
    const valueLower = Int32Array.from(targets.mins, (m, u) => (mins.includes(u) ? 0 : m));
    const groupLower = Int32Array.from(targets.quotas, (q, h) => (quotas.includes(h) ? 0 : q));
    return network.feasible({
      cellLower: lower,
      cellUpper: upper,
      valueLower,
      groupLower,
      minFill: 0,
      quotaFill: 0,
      totalLower: relaxTotal ? 0 : T,
      totalUpper: T,
    });
  };
  for (let i = 0; i < n; i++) {
    const c = cellOf[i]!;
    after[c]! -= 1;
    if (chosen[i]) {
      // The same greedy with the finer targets admits them too.
      if (!(count(() => true) < T && test(c, [], [], false))) throw new Error("targets disagree");
      x[c]! += 1;
      out.push({ admitted: true, code: "MERIT", subject: null });
      continue;
    }
    if (count(() => true) < T && test(c, [], [], false)) throw new Error("targets disagree");
    const g = groupOfCell(layout, c);
    const v = valueOfCell(layout, c);
    const byValue = (u: number) => count((d) => valueOfCell(layout, d) === u);
    const byGroup = (h: number) => count((d) => groupOfCell(layout, d) === h);
    const refuse = (code: string, subject: string | null) =>
      out.push({ admitted: false, code, subject });
    if (v < V && layout.capped[v] && byValue(v) >= layout.cap[v]!) {
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
    const ms = [...Array(V).keys()].filter((u) => u !== v && targets.mins[u]! > 0);
    const qs = [...Array(G).keys()].filter((h) => h !== g && targets.quotas[h]! > 0);
    const relaxations: [number[], number[], boolean][] = [
      ...ms.map((u): [number[], number[], boolean] => [[u], [], false]),
      ...qs.map((h): [number[], number[], boolean] => [[], [h], false]),
      [[], [], true],
    ];
    if (ms.length > 1) relaxations.push([ms, [], false]);
    if (qs.length > 1) relaxations.push([[], qs, false]);
    if (ms.length > 0 && qs.length > 0) {
      relaxations.push([ms, qs, false], [ms, [], true], [[], qs, true]);
    }
    const [rm, rq] = relaxations.find(([a, b, t]) => test(c, a, b, t)) ?? [ms, qs, true];
    const shortMin = rm.find((u) => byValue(u) < targets.mins[u]!);
    const shortQuota = rq.find((h) => byGroup(h) < targets.quotas[h]!);
    if (shortMin !== undefined) refuse("HELD_FOR_MIN", layout.values[shortMin]!);
    else if (shortQuota !== undefined) refuse("HELD_FOR_QUOTA", layout.groupIds[shortQuota]!);
    else refuse("SEATS_FULL", null);
  }
  return out;
}
