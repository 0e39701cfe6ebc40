/**
 * Which relaxation of the feasibility test would have admitted a refused
 * applicant, for reasons.ts.
 *
 * Cost: for one cell and one relaxation, "that relaxation would admit the
 * cell's applicant" turns from true to false once and never back (the
 * argument of select.ts holds for any fixed set of constraints). So each cell
 * walks its relaxation list forwards, and how long each one stays true is
 * found by galloping over the cell's refused applicants: O(cells x
 * relaxations x log n) flows however many applicants are refused.
 */
import { forValuesOfCell, groupOfCell, type Layout } from "./layout.js";
import type { Feasibility } from "./network.js";
import { Sequence } from "./sequence.js";
import type { CellTargets } from "./targets.js";

/** Targets dropped from the test: spread values, quotas (indices), and T. */
export interface Relaxed {
  mins: number[];
  quotas: number[];
  total: boolean;
}

/** Per cell, the first relaxation that would admit its refused applicants, walked forwards. */
export class HeldTracker {
  private readonly walker: RelaxationWalker<Relaxed>;
  private indexes: { admitted: Sequence; refused: Sequence } | undefined;
  private readonly lower: Int32Array;
  private readonly upper: Int32Array;

  constructor(
    private readonly layout: Layout,
    private readonly network: Feasibility,
    private readonly seq: Sequence,
    private readonly fixed: Int32Array,
    private readonly targets: CellTargets,
    private readonly admitted: Uint8Array,
  ) {
    const cells = layout.cells;
    this.walker = new RelaxationWalker(
      (c) => relaxationsOf(layout, targets, c),
      (c) => this.positions().refused.count(c, 0, seq.length),
      (c, k, relaxed) => this.admits(c, k, relaxed),
    );
    this.lower = new Int32Array(cells);
    this.upper = new Int32Array(cells);
  }

  /** Positions of the admitted and of the refused, per cell; built when first needed. */
  private positions(): { admitted: Sequence; refused: Sequence } {
    if (!this.indexes) {
      const cells = this.layout.cells;
      const m = this.seq.length;
      // The extra bucket `cells` collects the positions of the other kind.
      const admittedAt = new Int32Array(m);
      const refusedAt = new Int32Array(m);
      for (let p = 0; p < m; p++) {
        const c = this.seq.cellAt[p]!;
        const yes = this.admitted[p] === 1;
        admittedAt[p] = yes ? c : cells;
        refusedAt[p] = yes ? cells : c;
      }
      const only = (cellAt: Int32Array) => new Sequence(cellAt, cells + 1);
      this.indexes = { admitted: only(admittedAt), refused: only(refusedAt) };
    }
    return this.indexes;
  }

  /** The relaxation that names the reason of the k-th refused applicant of cell c. */
  relaxationFor(c: number, k: number): Relaxed {
    return this.walker.relaxationFor(c, k);
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
      minFill: 0,
      quotaFill: 0,
      totalLower: relaxed.total ? 0 : this.targets.total,
      totalUpper: this.targets.total,
    });
  }
}

/** Relaxations in priority order; the last one relaxes every target and always admits. */
export function relaxationsOf(layout: Layout, targets: CellTargets, c: number): Relaxed[] {
  const { G, V } = layout;
  const g = groupOfCell(layout, c);
  // The applicant's own values (one per field) count towards their own
  // minimums, so only the other values' minimums can hold a seat from them.
  const own = new Set<number>();
  forValuesOfCell(layout, c, (v) => own.add(v));
  const mins = [...Array(V).keys()].filter((u) => !own.has(u) && targets.mins[u]! > 0);
  const quotas = [...Array(G).keys()].filter((h) => h !== g && targets.quotas[h]! > 0);
  const list: Relaxed[] = [
    ...mins.map((u) => ({ mins: [u], quotas: [], total: false })),
    ...quotas.map((h) => ({ mins: [], quotas: [h], total: false })),
    { mins: [], quotas: [], total: true },
  ];
  if (mins.length > 1) list.push({ mins, quotas: [], total: false });
  if (quotas.length > 1) list.push({ mins: [], quotas, total: false });
  if (mins.length > 0 && quotas.length > 0) list.push({ mins, quotas, total: false });
  if (mins.length > 0 && quotas.length > 0) list.push({ mins, quotas: [], total: true });
  if (mins.length > 0 && quotas.length > 0) list.push({ mins: [], quotas, total: true });
  list.push({ mins, quotas, total: true });
  // Untested fallback: with the own value's minimum and the own quota relaxed
  // too, the test only checks caps and seats, which 1-3 ruled out.
  list.push({ mins, quotas, total: true });
  return list;
}

/**
 * Per key, the first relaxation that admits its k-th refused applicant, for
 * k going up: each relaxation stays true over a stretch of applicants and
 * then false for good, so the stretch is found by galloping.
 */
export class RelaxationWalker<R> {
  private readonly lists = new Map<number, R[]>();
  private readonly pointer = new Map<number, number>();
  private readonly trueUpTo = new Map<number, number>();

  constructor(
    private readonly relaxations: (key: number) => R[],
    private readonly size: (key: number) => number,
    private readonly admits: (key: number, k: number, relaxed: R) => boolean,
  ) {}

  relaxationFor(key: number, k: number): R {
    let list = this.lists.get(key);
    if (!list) {
      list = this.relaxations(key);
      this.lists.set(key, list);
    }
    const size = this.size(key);
    for (;;) {
      const r = this.pointer.get(key) ?? 0;
      if (r >= list.length - 1) return list[list.length - 1]!;
      if (k <= (this.trueUpTo.get(key) ?? -1)) return list[r]!;
      if (!this.admits(key, k, list[r]!)) {
        this.pointer.set(key, r + 1);
        this.trueUpTo.set(key, -1);
        continue;
      }
      let good = k;
      let bad = size;
      for (let step = 1; good + step < size; step *= 2) {
        if (this.admits(key, good + step, list[r]!)) {
          good += step;
        } else {
          bad = good + step;
          break;
        }
      }
      while (bad > good + 1) {
        const mid = (good + bad) >>> 1;
        if (this.admits(key, mid, list[r]!)) good = mid;
        else bad = mid;
      }
      this.trueUpTo.set(key, good);
      return list[r]!;
    }
  }
}
