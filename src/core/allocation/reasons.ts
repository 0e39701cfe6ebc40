/**
 * Why each refused applicant was refused, decided from the constraint that
 * blocked them at the moment they were considered. In order:
 *
 * 1. SPREAD_CAP   their value's cap is reached;
 * 2. GROUP_FULL   their quota's seats are taken and no open or transferred
 *                 seat is left (for applicants outside every quota: the seats
 *                 open to them are taken);
 * 3. SEATS_FULL   T seats are filled;
 * 4. otherwise a seat is held: the first relaxation of the feasibility test
 *    that would have admitted them names the constraint. Relaxations are
 *    tried in priority order: each other value's minimum alone
 *    (HELD_FOR_MIN), each other quota alone (HELD_FOR_QUOTA), filling T
 *    seats alone (SEATS_FULL, held), then all minimums, all quotas, both, and
 *    all of them with T. With every target relaxed (the applicant's own value
 *    and quota too) the test only checks caps and seats, which 1-3 already
 *    ruled out, so the list always ends in an answer.
 *
 * Cost: for one cell and one relaxation, "that relaxation would admit the
 * cell's applicant" turns from true to false once and never back (the
 * argument of select.ts holds for any fixed set of constraints). So each cell
 * walks its relaxation list forwards, and how long each one stays true is
 * found by galloping over the cell's refused applicants: O(cells x
 * relaxations x log n) flows however many applicants are refused.
 */
import { groupOfCell, type Layout, valueOfCell } from "./layout.js";
import type { SeatNetwork } from "./network.js";
import { Sequence } from "./sequence.js";
import type { TargetCounts } from "./targets.js";
import type { Reason } from "./types.js";

interface Relaxed {
  mins: number[];
  quotas: number[];
  total: boolean;
}

type Refusal = Exclude<Reason, { code: "MERIT" } | { code: "DECLINED" }>;

/** The reason of every refused position of the sequence (undefined where admitted). */
export function refusals(
  layout: Layout,
  network: SeatNetwork,
  seq: Sequence,
  fixed: Int32Array,
  targets: TargetCounts,
  admitted: Uint8Array,
): (Refusal | undefined)[] {
  const { G, V, cells, quota, cap, seats, transfer, openSeats, values, groupIds } = layout;
  const m = seq.length;
  const T = targets.total;
  const held = new HeldTracker(layout, network, seq, fixed, targets, admitted);
  const x = fixed.slice();
  const byValue = new Int32Array(V + 1);
  const byGroup = new Int32Array(G + 1);
  let total = 0;
  for (let c = 0; c < cells; c++) {
    byValue[valueOfCell(layout, c)]! += x[c]!;
    byGroup[groupOfCell(layout, c)]! += x[c]!;
    total += x[c]!;
  }
  const refusedSoFar = new Int32Array(cells);
  const last: (Refusal | undefined)[] = new Array(cells).fill(undefined);
  const out: (Refusal | undefined)[] = new Array(m).fill(undefined);
  const openTaken = (): number => {
    let taken = byGroup[G]!;
    for (let h = 0; h < G; h++) {
      taken += transfer
        ? Math.max(byGroup[h]!, targets.quotas[h]!) - targets.quotas[h]!
        : Math.max(0, byGroup[h]! - quota[h]!);
    }
    return taken;
  };
  const openTotal = transfer ? seats - targets.quotas.reduce((s, t) => s + t, 0) : openSeats;
  const deficits = (of: number[], target: Int32Array, count: Int32Array) => {
    const short = of.filter((k) => count[k]! < target[k]!);
    return short.length > 0 ? short : of;
  };
  const heldFor = (relaxed: Relaxed): Refusal => {
    if (relaxed.mins.length > 0) {
      const short = deficits(relaxed.mins, targets.mins, byValue);
      const u = short[0]!;
      return {
        code: "HELD_FOR_MIN",
        params: {
          value: values[u]!,
          admitted: byValue[u]!,
          min: targets.mins[u]!,
          values: short.map((k) => values[k]!),
        },
      };
    }
    if (relaxed.quotas.length > 0) {
      const short = deficits(relaxed.quotas, targets.quotas, byGroup);
      const h = short[0]!;
      return {
        code: "HELD_FOR_QUOTA",
        params: {
          quota: groupIds[h]!,
          admitted: byGroup[h]!,
          target: targets.quotas[h]!,
          quotas: short.map((k) => groupIds[k]!),
        },
      };
    }
    return { code: "SEATS_FULL", params: { admitted: total, total: T, held: true } };
  };
  const decide = (c: number): Refusal | undefined => {
    const g = groupOfCell(layout, c);
    const v = valueOfCell(layout, c);
    if (v < V && byValue[v]! >= cap[v]!) {
      return {
        code: "SPREAD_CAP",
        params: { value: values[v]!, admitted: byValue[v]!, max: cap[v]! },
      };
    }
    if (G > 0) {
      const room = openTotal - openTaken();
      if (room <= 0 && g === G) {
        return {
          code: "GROUP_FULL",
          params: { quota: null, admitted: openTotal, seats: openTotal },
        };
      }
      if (room <= 0 && byGroup[g]! >= quota[g]!) {
        return {
          code: "GROUP_FULL",
          params: { quota: groupIds[g]!, admitted: byGroup[g]!, seats: quota[g]! },
        };
      }
    }
    if (total >= T)
      return { code: "SEATS_FULL", params: { admitted: total, total: T, held: false } };
    return undefined;
  };
  // Admissions so far, and when each cell's last reason was decided.
  let version = 0;
  const decidedAt = new Int32Array(cells).fill(-1);
  const lastRelaxed: (Relaxed | undefined)[] = new Array(cells).fill(undefined);
  for (let p = 0; p < m; p++) {
    const c = seq.cellAt[p]!;
    if (admitted[p]) {
      x[c]! += 1;
      byValue[valueOfCell(layout, c)]! += 1;
      byGroup[groupOfCell(layout, c)]! += 1;
      total++;
      version++;
      continue;
    }
    const k = refusedSoFar[c]!;
    refusedSoFar[c] = k + 1;
    const previous = last[c];
    if (previous && stillHolds(previous, c)) {
      out[p] = previous;
      continue;
    }
    let reason = decide(c);
    if (reason === undefined) {
      const relaxed = held.relaxationFor(c, k);
      // Same admitted set and same relaxation: same reason, same object.
      reason =
        previous && decidedAt[c] === version && lastRelaxed[c] === relaxed
          ? previous
          : heldFor(relaxed);
      lastRelaxed[c] = relaxed;
    }
    decidedAt[c] = version;
    out[p] = reason;
    last[c] = reason;
  }
  return out;

  /**
   * A cap reached, a group full or all T seats filled stay so, with the same
   * counts (nothing more can be admitted there), so the cell's applicants
   * keep that reason unless a higher one (a cap, for GROUP_FULL) arrives.
   */
  function stillHolds(reason: Refusal, c: number): boolean {
    if (reason.code === "SPREAD_CAP") return true;
    if (reason.code === "SEATS_FULL") return !reason.params.held;
    if (reason.code !== "GROUP_FULL") return false;
    const v = valueOfCell(layout, c);
    return v === V || byValue[v]! < cap[v]!;
  }
}

/** Per cell, the first relaxation that would admit its refused applicants, walked forwards. */
class HeldTracker {
  private readonly lists: (Relaxed[] | undefined)[];
  private readonly pointer: Int32Array;
  private readonly trueUpTo: Int32Array;
  private indexes: { admitted: Sequence; refused: Sequence } | undefined;
  private readonly lower: Int32Array;
  private readonly upper: Int32Array;

  constructor(
    private readonly layout: Layout,
    private readonly network: SeatNetwork,
    private readonly seq: Sequence,
    private readonly fixed: Int32Array,
    private readonly targets: TargetCounts,
    private readonly admitted: Uint8Array,
  ) {
    const cells = layout.cells;
    this.lists = new Array(cells).fill(undefined);
    this.pointer = new Int32Array(cells);
    this.trueUpTo = new Int32Array(cells).fill(-1);
    this.lower = new Int32Array(cells);
    this.upper = new Int32Array(cells);
  }

  /** Positions of the admitted and of the refused, per cell; built when first needed. */
  private positions(): { admitted: Sequence; refused: Sequence } {
    if (!this.indexes) {
      const cells = this.layout.cells;
      // The extra bucket `cells` collects the positions of the other kind.
      const only = (keep: number) =>
        new Sequence(
          this.seq.cellAt.map((c, p) => (this.admitted[p] === keep ? c : cells)),
          cells + 1,
        );
      this.indexes = { admitted: only(1), refused: only(0) };
    }
    return this.indexes;
  }

  /** The relaxation that names the reason of the k-th refused applicant of cell c. */
  relaxationFor(c: number, k: number): Relaxed {
    const list = this.lists[c] ?? this.relaxationsOf(c);
    this.lists[c] = list;
    const size = this.positions().refused.count(c, 0, this.seq.length);
    for (;;) {
      const r = this.pointer[c]!;
      if (r >= list.length - 1) return list[list.length - 1]!;
      if (k <= this.trueUpTo[c]!) return list[r]!;
      if (!this.admits(c, k, list[r]!)) {
        this.pointer[c] = r + 1;
        this.trueUpTo[c] = -1;
        continue;
      }
      let good = k;
      let bad = size;
      for (let step = 1; good + step < size; step *= 2) {
        if (this.admits(c, good + step, list[r]!)) {
          good += step;
        } else {
          bad = good + step;
          break;
        }
      }
      while (bad > good + 1) {
        const mid = (good + bad) >>> 1;
        if (this.admits(c, mid, list[r]!)) good = mid;
        else bad = mid;
      }
      this.trueUpTo[c] = good;
      return list[r]!;
    }
  }

  /** Relaxations in priority order; the last one relaxes every target and always admits. */
  private relaxationsOf(c: number): Relaxed[] {
    const { G, V } = this.layout;
    const g = groupOfCell(this.layout, c);
    const v = valueOfCell(this.layout, c);
    const mins = [...Array(V).keys()].filter((u) => u !== v && this.targets.mins[u]! > 0);
    const quotas = [...Array(G).keys()].filter((h) => h !== g && this.targets.quotas[h]! > 0);
    const list: Relaxed[] = [
      ...mins.map((u) => ({ mins: [u], quotas: [], total: false })),
      ...quotas.map((h) => ({ mins: [], quotas: [h], total: false })),
      { mins: [], quotas: [], total: true },
    ];
    if (mins.length > 1) list.push({ mins, quotas: [], total: false });
    if (quotas.length > 1) list.push({ mins: [], quotas, total: false });
    if (mins.length > 0 && quotas.length > 0) list.push({ mins, quotas, total: false });
    list.push({ mins, quotas, total: true });
    // Untested fallback: with the own value's minimum and the own quota relaxed
    // too, the test only checks caps and seats, which 1-3 ruled out.
    list.push({ mins, quotas, total: true });
    return list;
  }

  /** Would `relaxed` admit the k-th refused applicant of cell c, at the moment they came? */
  private admits(c: number, k: number, relaxed: Relaxed): boolean {
    const p = this.positions().refused.positionOf(c, k);
    const m = this.seq.length;
    for (let d = 0; d < this.layout.cells; d++) {
      const lower = this.fixed[d]! + this.positions().admitted.count(d, 0, p) + (d === c ? 1 : 0);
      this.lower[d] = lower;
      this.upper[d] = lower + this.seq.count(d, p + 1, m);
    }
    const valueLower = this.targets.mins.slice();
    for (const u of relaxed.mins) valueLower[u] = 0;
    const groupLower = this.targets.quotas.slice();
    for (const h of relaxed.quotas) groupLower[h] = 0;
    return this.network.feasible({
      cellLower: this.lower,
      cellUpper: this.upper,
      valueLower,
      groupLower,
      totalLower: relaxed.total ? 0 : this.targets.total,
      totalUpper: this.targets.total,
    });
  }
}
