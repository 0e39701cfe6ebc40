/**
 * The feasibility question of network.ts with parallel classes, as an
 * integer program. Quota groups, spread values and classes are three
 * partitions of the admitted crossing each other, and a flow can carry only
 * two (one on each side of the cells), so the question is no longer a flow;
 * it stays exact and its size still depends only on the types (cell x class
 * set), never on the number of applicants.
 *
 *   x[t][c] >= 0, integer      applicants of type t placed in class c (c in t's set)
 *   lower_t <= sum_c x[t][c] <= upper_t          per type
 *   sum_t x[t][c] <= seats_c                      per class
 *   n_v = applicants with value v:  valueLower_v <= n_v <= cap_v
 *   m_v <= n_v, 0 <= m_v <= min_v, sum_v m_v >= minimum fill
 *   n_g = applicants of quota g:    n_g >= groupLower_g
 *   q_g <= n_g, 0 <= q_g <= quota_g, sum_g q_g >= quota fill
 *   keep-empty: o_g >= n_g - quota_g, o_g >= 0, sum_g o_g + n_none <= open seats
 *   totalLower <= sum of all x <= min(totalUpper, seats)
 *
 * m_v and q_g are the "first seats" of network.ts: a value's first seats
 * count towards its minimum, a group's first seats fill its quota. The model
 * is built once; each question only changes bounds.
 */
import type { ClassLayout } from "./class-layout.js";
import { forValuesOfCell, groupOfCell, type Layout } from "./layout.js";
import { type MipInstance, type MipModel, type MipSolver, NO_BOUND } from "./mip.js";
import type { Feasibility, Limits } from "./network.js";

export class ClassNetwork implements Feasibility {
  private readonly model: MipModel;
  private feasibility: MipInstance | undefined;
  private maximum: MipInstance | undefined;
  private readonly typeRow: number[] = [];
  private readonly valueRow: number[] = [];
  private readonly groupRow: number[] = [];
  private readonly minFillRow: number;
  private readonly quotaFillRow: number;
  private readonly totalRow: number;
  private readonly placements: number;
  solves = 0;

  constructor(
    private readonly layout: Layout,
    classes: ClassLayout,
    private readonly solver: MipSolver,
  ) {
    const { G, V, quota, cap, minWanted, transfer, openSeats, seats } = layout;
    const colLower: number[] = [];
    const colUpper: number[] = [];
    const column = (lower: number, upper: number): number => {
      colLower.push(lower);
      colUpper.push(upper);
      return colLower.length - 1;
    };
    const rows: MipModel["rows"] = [];
    const row = (terms: [number, number][], lower: number, upper: number): number => {
      rows.push({ terms, lower, upper });
      return rows.length - 1;
    };
    const byClass: [number, number][][] = classes.classSeats.map(() => []);
    const byValue: [number, number][][] = Array.from({ length: V }, () => []);
    const byGroup: [number, number][][] = Array.from({ length: G + 1 }, () => []);
    const all: [number, number][] = [];
    const typeTerms: [number, number][][] = [];
    classes.typeCell.forEach((cell, t) => {
      const terms: [number, number][] = [];
      for (const c of classes.sets[classes.typeSet[t]!]!) {
        const x = column(0, NO_BOUND);
        terms.push([x, 1]);
        byClass[c]!.push([x, 1]);
        forValuesOfCell(layout, cell, (v) => {
          byValue[v]!.push([x, 1]);
        });
        byGroup[groupOfCell(layout, cell)]!.push([x, 1]);
        all.push([x, 1]);
      }
      typeTerms.push(terms);
    });
    this.placements = colLower.length;
    typeTerms.forEach((terms) => {
      this.typeRow.push(row(terms, 0, 0));
    });
    byClass.forEach((terms, c) => {
      row(terms, 0, classes.classSeats[c]!);
    });
    const minTerms: [number, number][] = [];
    for (let v = 0; v < V; v++) {
      this.valueRow.push(row(byValue[v]!, 0, cap[v]!));
      const m = column(0, minWanted[v]!);
      minTerms.push([m, 1]);
      row([[m, 1], ...byValue[v]!.map(([x]) => [x, -1] as [number, number])], -NO_BOUND, 0);
    }
    this.minFillRow = row(minTerms, 0, NO_BOUND);
    const quotaTerms: [number, number][] = [];
    const openTerms: [number, number][] = [...byGroup[G]!];
    for (let g = 0; g < G; g++) {
      this.groupRow.push(row(byGroup[g]!, 0, NO_BOUND));
      const q = column(0, quota[g]!);
      quotaTerms.push([q, 1]);
      row([[q, 1], ...byGroup[g]!.map(([x]) => [x, -1] as [number, number])], -NO_BOUND, 0);
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
      const colCost = this.model.colCost.map((_, j) => (j < this.placements ? 1 : 0));
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
    this.typeRow.forEach((r, t) => {
      m.setRowBounds(r, limits.cellLower[t]!, limits.cellUpper[t]!);
    });
    for (let v = 0; v < V; v++) m.setRowBounds(this.valueRow[v]!, limits.valueLower[v]!, cap[v]!);
    for (let g = 0; g < G; g++) m.setRowBounds(this.groupRow[g]!, limits.groupLower[g]!, NO_BOUND);
    m.setRowBounds(this.minFillRow, limits.minFill, NO_BOUND);
    m.setRowBounds(this.quotaFillRow, limits.quotaFill, NO_BOUND);
    m.setRowBounds(this.totalRow, totalLower, Math.min(totalUpper, seats));
  }
}
