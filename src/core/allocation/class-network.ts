/**
 * The feasibility question of network.ts with parallel classes, several
 * spread fields or teams, as an integer program. Quota groups, spread values
 * and classes are partitions of the admitted crossing each other, and a flow
 * can carry only two (one on each side of the cells), so the question is no
 * longer a flow; it stays exact and its size depends only on the types (unit
 * cell x class set) and kinds (class set x unit size), never on the number of
 * applicants.
 *
 *   n[t] integer, lower_t <= n[t] <= upper_t    units of type t admitted
 *   p[k][c] >= 0, integer                       units of kind k placed in class c (c in k's set)
 *   sum_{t of kind k} n[t] = sum_c p[k][c]      per kind
 *   sum_k size_k p[k][c] <= seats_c             per class
 *   n_v = members with value v (a team's members count each):
 *                                   valueLower_v <= n_v <= cap_v
 *   m_v <= n_v, 0 <= m_v <= min_v, sum_v m_v >= minimum fill
 *   n_g = members of quota g:       n_g >= groupLower_g
 *   q_g <= n_g, 0 <= q_g <= quota_g, sum_g q_g >= quota fill
 *   keep-empty: o_g >= n_g - quota_g, o_g >= 0, sum_g o_g + n_none <= open seats
 *   totalLower <= members admitted <= min(totalUpper, seats)
 *
 * Counting admitted units per type and placing them per kind, rather than
 * per type and class, keeps the program small (types are many, kinds few)
 * and its relaxation close to integral: placing single applicants of a set
 * into classes is a transportation problem. m_v and q_g are the "first
 * seats" of network.ts: a value's first seats count towards its minimum, a
 * group's first seats fill its quota. The model is built once; each question
 * only changes bounds.
 */
import type { ClassLayout } from "./class-layout.js";
import { forMembers, forValuesOfCell, groupOfCell, type Layout } from "./layout.js";
import { type MipInstance, type MipModel, type MipSolver, NO_BOUND } from "./mip.js";
import type { Feasibility, Limits } from "./network.js";

export class ClassNetwork implements Feasibility {
  private readonly model: MipModel;
  private feasibility: MipInstance | undefined;
  private maximum: MipInstance | undefined;
  private readonly valueRow: number[] = [];
  private readonly groupRow: number[] = [];
  private readonly minFillRow: number;
  private readonly quotaFillRow: number;
  private readonly totalRow: number;
  /** Per type, its column n[t] (columns 0 .. types - 1) and its units' members. */
  private readonly size: number[];
  solves = 0;

  constructor(
    private readonly layout: Layout,
    classes: ClassLayout,
    private readonly solver: MipSolver,
  ) {
    const { G, V, quota, cap, minWanted, transfer, openSeats, seats } = layout;
    const colLower: number[] = [];
    const colUpper: number[] = [];
    const integer: boolean[] = [];
    const column = (lower: number, upper: number, whole = false): number => {
      colLower.push(lower);
      colUpper.push(upper);
      integer.push(whole);
      return colLower.length - 1;
    };
    const rows: MipModel["rows"] = [];
    const row = (terms: [number, number][], lower: number, upper: number): number => {
      rows.push({ terms, lower, upper });
      return rows.length - 1;
    };
    const byValue: [number, number][][] = Array.from({ length: V }, () => []);
    const byGroup: [number, number][][] = Array.from({ length: G + 1 }, () => []);
    const all: [number, number][] = [];
    const byKind: [number, number][][] = classes.kinds.map(() => []);
    this.size = classes.typeSize.slice();
    classes.typeCell.forEach((unit, t) => {
      const n = column(0, NO_BOUND, true);
      const size = classes.typeSize[t]!;
      byKind[classes.typeKind[t]!]!.push([n, 1]);
      all.push([n, size]);
      // One term per row and column: members in several cells of one
      // quota (or with one value) add up.
      const perValue = new Map<number, number>();
      const perGroup = new Map<number, number>();
      forMembers(layout, unit, (cell, k) => {
        forValuesOfCell(layout, cell, (v) => {
          perValue.set(v, (perValue.get(v) ?? 0) + k);
        });
        const g = groupOfCell(layout, cell);
        perGroup.set(g, (perGroup.get(g) ?? 0) + k);
      });
      for (const [v, k] of perValue) byValue[v]!.push([n, k]);
      for (const [g, k] of perGroup) byGroup[g]!.push([n, k]);
    });
    const byClass: [number, number][][] = classes.classSeats.map(() => []);
    classes.kinds.forEach(({ set, size }, k) => {
      const placed: [number, number][] = [];
      for (const c of classes.sets[set]!) {
        // Teams are placed whole; single applicants of a set fill classes
        // as a transportation problem does, integral when the counts are.
        const p = column(0, NO_BOUND, size > 1);
        placed.push([p, -1]);
        byClass[c]!.push([p, size]);
      }
      if (byKind[k]!.length > 0) row([...byKind[k]!, ...placed], 0, 0);
      else for (const [p] of placed) colUpper[p] = 0;
    });
    byClass.forEach((terms, c) => {
      row(terms, 0, classes.classSeats[c]!);
    });
    const minTerms: [number, number][] = [];
    for (let v = 0; v < V; v++) {
      this.valueRow.push(row(byValue[v]!, 0, cap[v]!));
      const m = column(0, minWanted[v]!);
      minTerms.push([m, 1]);
      row([[m, 1], ...byValue[v]!.map(([x, k]) => [x, -k] as [number, number])], -NO_BOUND, 0);
    }
    this.minFillRow = row(minTerms, 0, NO_BOUND);
    const quotaTerms: [number, number][] = [];
    const openTerms: [number, number][] = [...byGroup[G]!];
    for (let g = 0; g < G; g++) {
      this.groupRow.push(row(byGroup[g]!, 0, NO_BOUND));
      const q = column(0, quota[g]!);
      quotaTerms.push([q, 1]);
      row([[q, 1], ...byGroup[g]!.map(([x, k]) => [x, -k] as [number, number])], -NO_BOUND, 0);
      if (!transfer) {
        const o = column(0, NO_BOUND);
        openTerms.push([o, 1]);
        row([...byGroup[g]!, [o, -1]], -NO_BOUND, quota[g]!);
      }
    }
    this.quotaFillRow = row(quotaTerms, 0, NO_BOUND);
    if (!transfer && G > 0) row(openTerms, -NO_BOUND, openSeats);
    this.totalRow = row(all, 0, seats);
    this.model = {
      numCols: colLower.length,
      integer,
      colLower,
      colUpper,
      colCost: new Array(colLower.length).fill(0),
      rows,
    };
  }

  feasible(limits: Limits): boolean {
    this.feasibility ??= this.solver.create(this.model);
    this.apply(this.feasibility, limits, limits.totalLower, limits.totalUpper);
    this.solves++;
    return this.feasibility.solve().feasible;
  }

  maxTotal(limits: Limits): number {
    if (!this.maximum) {
      const colCost = this.model.colCost.map((_, j) => (j < this.size.length ? this.size[j]! : 0));
      this.maximum = this.solver.create({ ...this.model, colCost });
    }
    this.apply(this.maximum, limits, 0, this.layout.seats);
    this.solves++;
    const answer = this.maximum.solve();
    return answer.feasible ? answer.objective : -1;
  }

  /** Frees the solver's models. */
  dispose(): void {
    this.feasibility?.dispose();
    this.maximum?.dispose();
    this.feasibility = undefined;
    this.maximum = undefined;
  }

  private apply(m: MipInstance, limits: Limits, totalLower: number, totalUpper: number): void {
    const { G, V, cap, seats } = this.layout;
    // No type can have more units than fit into the seats: tight bounds
    // keep branch and bound short (the applicants still to come are often
    // thousands, the seats forty).
    const most = Math.min(totalUpper, seats);
    for (let t = 0; t < this.size.length; t++) {
      const lower = limits.cellLower[t]!;
      const upper = Math.max(
        lower,
        Math.min(limits.cellUpper[t]!, Math.floor(most / this.size[t]!)),
      );
      m.setColBounds(t, lower, upper);
    }
    for (let v = 0; v < V; v++) m.setRowBounds(this.valueRow[v]!, limits.valueLower[v]!, cap[v]!);
    for (let g = 0; g < G; g++) m.setRowBounds(this.groupRow[g]!, limits.groupLower[g]!, NO_BOUND);
    m.setRowBounds(this.minFillRow, limits.minFill, NO_BOUND);
    m.setRowBounds(this.quotaFillRow, limits.quotaFill, NO_BOUND);
    m.setRowBounds(this.totalRow, totalLower, Math.min(totalUpper, seats));
  }
}
