/**
 * Why each refused applicant was refused, decided from the constraint that
 * blocked them at the moment they were considered. In order:
 *
 * 1. SPREAD_CAP   their value's cap is reached (a cap configured at or below
 *                 the seats: an unset cap, or one above the seats, is reached
 *                 only when every seat is taken, which 2 or 3 names);
 * 2. GROUP_FULL   their quota's seats are taken and no open or transferred
 *                 seat is left (for applicants outside every quota: the seats
 *                 open to them are taken);
 * 3. SEATS_FULL   T seats are filled;
 * 4. otherwise a seat is held: the first relaxation of the feasibility test
 *    that would have admitted them names the constraint. Relaxations are
 *    tried in priority order: each other value's minimum alone, each other
 *    quota alone, filling T seats alone, then all minimums, all quotas, both,
 *    all minimums with T, all quotas with T, and everything. The reason names
 *    the highest-priority target still short among those the first admitting
 *    relaxation drops: a minimum (HELD_FOR_MIN), else a quota
 *    (HELD_FOR_QUOTA), else T (SEATS_FULL, held). A target already met is
 *    never named: relaxing it changes no test. With every target relaxed (the
 *    applicant's own value and quota too) the test only checks caps and
 *    seats, which 1-3 already ruled out, so the list always ends in an answer.
 *
 * Which relaxation applies is found by held.ts with few flows; this file
 * sweeps the applicants once in rank order, keeping the counts.
 */

import { HeldTracker, type Relaxed } from "./held.js";
import { forMembers, forValuesOfCell, groupOfCell, type Layout } from "./layout.js";
import type { Feasibility } from "./network.js";
import type { Sequence } from "./sequence.js";
import type { CellTargets } from "./targets.js";
import type { Reason } from "./types.js";

export type Refusal = Exclude<Reason, { code: "MERIT" } | { code: "DECLINED" }>;

/**
 * The admitted so far, counted per value and quota, and the reasons 1-3 and
 * 4's naming of the list above, from those counts. Shared by this sweep and
 * the one with classes (choice-reasons.ts).
 */
export class RefusalCounts {
  readonly byValue: Int32Array;
  readonly byGroup: Int32Array;
  total = 0;
  private readonly openTotal: number;

  constructor(
    private readonly layout: Layout,
    private readonly targets: CellTargets,
  ) {
    this.byValue = new Int32Array(layout.V);
    this.byGroup = new Int32Array(layout.G + 1);
    this.openTotal = layout.transfer
      ? layout.seats - targets.quotas.reduce((s, t) => s + t, 0)
      : layout.openSeats;
  }

  /** Counts k units of a unit cell (an applicant's cell, or a team's members). */
  add(unit: number, k = 1): void {
    forMembers(this.layout, unit, (cell, members) => {
      forValuesOfCell(this.layout, cell, (v) => {
        this.byValue[v]! += k * members;
      });
      this.byGroup[groupOfCell(this.layout, cell)]! += k * members;
      this.total += k * members;
    });
  }

  /** Whether v's cap is reached (it takes nobody more). */
  capReached(v: number): boolean {
    const { V, capped, cap } = this.layout;
    return v < V && capped[v]! && this.byValue[v]! >= cap[v]!;
  }

  /** The first of the cell's values (in field order) whose cap is reached, or -1. */
  reachedCapOf(cell: number): number {
    let reached = -1;
    forMembers(this.layout, cell, (member) => {
      forValuesOfCell(this.layout, member, (v) => {
        if (reached < 0 && this.capReached(v)) reached = v;
      });
    });
    return reached;
  }

  private openTaken(): number {
    const { G, transfer, quota } = this.layout;
    const { byGroup, targets } = this;
    let taken = byGroup[G]!;
    for (let h = 0; h < G; h++) {
      taken += transfer
        ? Math.max(byGroup[h]!, targets.quotas[h]!) - targets.quotas[h]!
        : Math.max(0, byGroup[h]! - quota[h]!);
    }
    return taken;
  }

  /** SPREAD_CAP for value v, with the admitted so far. */
  private capReason(v: number): Refusal {
    const { fields, valueField, values, cap } = this.layout;
    return {
      code: "SPREAD_CAP",
      params: {
        field: fields[valueField[v]!]!,
        value: values[v]!,
        admitted: this.byValue[v]!,
        max: cap[v]!,
      },
    };
  }

  /**
   * Reasons 1-3 for a team: a cap its members would exceed, a quota whose
   * members cannot all be seated (their quota's seats and the open or
   * transferred seats left), T that its members would pass.
   */
  private teamReason(unit: number): Refusal | undefined {
    const { layout, byValue, byGroup, total, openTotal } = this;
    const { G, V, quota, cap, capped, groupIds } = layout;
    const needValue = new Map<number, number>();
    const needGroup = new Int32Array(G + 1);
    let size = 0;
    forMembers(layout, unit, (cell, k) => {
      forValuesOfCell(layout, cell, (v) => {
        needValue.set(v, (needValue.get(v) ?? 0) + k);
      });
      needGroup[groupOfCell(layout, cell)]! += k;
      size += k;
    });
    for (let v = 0; v < V; v++) {
      const need = needValue.get(v) ?? 0;
      if (need > 0 && capped[v]! && byValue[v]! + need > cap[v]!) return this.capReason(v);
    }
    if (G > 0) {
      // A member takes a seat their quota still holds for its group (under
      // transfer its target: the rest of its seats are transferred, open to
      // all and counted in the open seats left), else one of the open seats.
      // The team is refused when more members need one than are left, and
      // it is their quota's doing only when some member is outside every
      // quota or would pass their quota's seats: as for one applicant, a
      // member of a quota with seats left by its number is never refused so.
      const room = openTotal - this.openTaken();
      let needOpen = needGroup[G]!;
      const over: number[] = [];
      for (let g = 0; g < G; g++) {
        const holds = layout.transfer ? this.targets.quotas[g]! : quota[g]!;
        needOpen += Math.max(0, needGroup[g]! - Math.max(0, holds - byGroup[g]!));
        if (needGroup[g]! > 0 && byGroup[g]! + needGroup[g]! > quota[g]!) over.push(g);
      }
      if (needOpen > room && (over.length > 0 || needGroup[G]! > 0)) {
        // Every quota the members would pass, and the seats outside the
        // quotas for members outside every quota, take from the same open
        // seats: together they leave too few, so the reason names each.
        const full: { quota: string | null; admitted: number; seats: number }[] = over.map((g) => ({
          quota: groupIds[g]!,
          admitted: byGroup[g]!,
          seats: quota[g]!,
        }));
        // The open seats beside a quota: taken of all (too few are left).
        if (needGroup[G]! > 0 && over.length > 0)
          full.push({ quota: null, admitted: openTotal - room, seats: openTotal });
        else if (needGroup[G]! > 0)
          full.push({ quota: null, admitted: openTotal, seats: openTotal });
        const [first, ...also] = full;
        return {
          code: "GROUP_FULL",
          params: { ...first!, ...(also.length > 0 ? { also } : {}) },
        };
      }
    }
    const T = this.targets.total;
    if (total + size > T)
      return { code: "SEATS_FULL", params: { admitted: total, total: T, held: false } };
    return undefined;
  }

  /** Reasons 1-3: a cap reached, a group full, T seats filled; undefined when none holds. */
  seatReason(c: number): Refusal | undefined {
    if (c >= this.layout.cells) return this.teamReason(c);
    const { layout, byGroup, total, openTotal } = this;
    const { G, quota, groupIds } = layout;
    const g = groupOfCell(layout, c);
    const v = this.reachedCapOf(c);
    if (v >= 0) return this.capReason(v);
    if (G > 0) {
      const room = openTotal - this.openTaken();
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
    const T = this.targets.total;
    if (total >= T)
      return { code: "SEATS_FULL", params: { admitted: total, total: T, held: false } };
    return undefined;
  }

  /**
   * Reason 4: the highest-priority target still short among those the first
   * admitting relaxation drops. A target already met binds nothing: relaxing
   * it changes no test, so only the targets still short are named.
   */
  heldFor(relaxed: Relaxed): Refusal {
    const { layout, targets, byValue, byGroup, total } = this;
    const deficits = (of: number[], target: Int32Array, count: Int32Array) =>
      of.filter((k) => count[k]! < target[k]!);
    const shortMins = deficits(relaxed.mins, targets.mins, byValue);
    const short = deficits(relaxed.quotas, targets.quotas, byGroup);
    // Every target still short that the relaxation drops decided together:
    // the relaxations that drop fewer kinds (the minimums alone, the quotas
    // alone, T alone) come first in the list and did not admit. T is short
    // whenever it is tested here (reason 3 rules out T reached).
    const withTotal = relaxed.total ? { total: targets.total } : {};
    if (shortMins.length > 0) {
      const u = shortMins[0]!;
      const f = layout.valueField[u]!;
      // Minimums of other fields that the same relaxation had to drop held
      // the seat together with this one: the reason names them too.
      const also = shortMins
        .filter((k) => layout.valueField[k] !== f)
        .map((k) => ({ field: layout.fields[layout.valueField[k]!]!, value: layout.values[k]! }));
      return {
        code: "HELD_FOR_MIN",
        params: {
          field: layout.fields[f]!,
          value: layout.values[u]!,
          admitted: byValue[u]!,
          min: targets.mins[u]!,
          values: shortMins.filter((k) => layout.valueField[k] === f).map((k) => layout.values[k]!),
          ...(also.length > 0 ? { also } : {}),
          ...(short.length > 0 ? { quotas: short.map((k) => layout.groupIds[k]!) } : {}),
          ...withTotal,
        },
      };
    }
    if (short.length > 0) {
      const h = short[0]!;
      return {
        code: "HELD_FOR_QUOTA",
        params: {
          quota: layout.groupIds[h]!,
          admitted: byGroup[h]!,
          target: targets.quotas[h]!,
          quotas: short.map((k) => layout.groupIds[k]!),
          ...withTotal,
        },
      };
    }
    return { code: "SEATS_FULL", params: { admitted: total, total: targets.total, held: true } };
  }
}

/** The reason of every refused position of the sequence (undefined where admitted). */
export function refusals(
  layout: Layout,
  network: Feasibility,
  seq: Sequence,
  fixed: Int32Array,
  targets: CellTargets,
  admitted: Uint8Array,
): (Refusal | undefined)[] {
  const { cells } = layout;
  const m = seq.length;
  const held = new HeldTracker(layout, network, seq, fixed, targets, admitted);
  const counts = new RefusalCounts(layout, targets);
  for (let c = 0; c < cells; c++) counts.add(c, fixed[c]!);
  const refusedSoFar = new Int32Array(cells);
  const last: (Refusal | undefined)[] = new Array(cells).fill(undefined);
  const out: (Refusal | undefined)[] = new Array(m).fill(undefined);
  // Admissions so far, and when each cell's last reason was decided.
  let version = 0;
  const decidedAt = new Int32Array(cells).fill(-1);
  const lastRelaxed: (Relaxed | undefined)[] = new Array(cells).fill(undefined);
  for (let p = 0; p < m; p++) {
    const c = seq.cellAt[p]!;
    if (admitted[p]) {
      counts.add(c);
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
    let reason = counts.seatReason(c);
    if (reason === undefined) {
      const relaxed = held.relaxationFor(c, k);
      // Same admitted set and same relaxation: same reason, same object.
      reason =
        previous && decidedAt[c] === version && lastRelaxed[c] === relaxed
          ? previous
          : counts.heldFor(relaxed);
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
    return counts.reachedCapOf(c) < 0;
  }
}
