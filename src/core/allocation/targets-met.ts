/** What the chosen allocation meets, per value and per quota, for the reasons. */
import { forValuesOfCell, groupOfCell, type Layout } from "./layout.js";
import type { CellTargets } from "./targets.js";

/**
 * The per-value and per-quota targets the chosen allocation meets. The
 * selection is the rank-order best of all allocations meeting the sums, and
 * it meets these finer targets, so it is also the rank-order best of those
 * meeting them: the reasons can ask, value by value and quota by quota, which
 * target a refused applicant would have broken.
 */
export function targetsMet(
  layout: Layout,
  cellAt: Int32Array,
  fixed: Int32Array,
  chosen: Uint8Array,
  total: number,
): CellTargets {
  const perValue = new Int32Array(layout.V);
  const perGroup = new Int32Array(layout.G + 1);
  const add = (c: number, k: number) => {
    forValuesOfCell(layout, c, (v) => {
      perValue[v]! += k;
    });
    perGroup[groupOfCell(layout, c)]! += k;
  };
  for (let c = 0; c < layout.cells; c++) add(c, fixed[c]!);
  for (let p = 0; p < cellAt.length; p++) if (chosen[p]) add(cellAt[p]!, 1);
  return {
    mins: Int32Array.from(layout.minWanted, (m, v) => Math.min(m, perValue[v]!)),
    quotas: Int32Array.from(layout.quota, (q, g) => Math.min(q, perGroup[g]!)),
    total,
  };
}
