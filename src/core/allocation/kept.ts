/** Kept admissions of a top-up against limits that may have changed since. */
import { forValuesOfCell, groupOfCell, type Layout } from "./layout.js";
import type { Relaxation } from "./types.js";

/**
 * Kept admissions are never undone, even when the limits changed since they
 * were made: limits they break are widened to fit them and reported.
 */
export function widenForKept(layout: Layout, kept: Uint8Array): Relaxation[] {
  const { G, V, cellOf } = layout;
  const perValue = new Int32Array(V);
  const perGroup = new Int32Array(G + 1);
  let total = 0;
  kept.forEach((k, i) => {
    if (!k) return;
    forValuesOfCell(layout, cellOf[i]!, (v) => {
      perValue[v]! += 1;
    });
    perGroup[groupOfCell(layout, cellOf[i]!)]! += 1;
    total++;
  });
  const over: Relaxation[] = [];
  layout.values.forEach((value, v) => {
    if (perValue[v]! > layout.cap[v]!) {
      over.push({
        kind: "kept-over-limit",
        subject: value,
        field: layout.fields[layout.valueField[v]!]!,
        wanted: layout.cap[v]!,
        reachable: perValue[v]!,
      });
      layout.cap[v] = perValue[v]!;
    }
  });
  let openNeeded = perGroup[G]!;
  for (let g = 0; g < G; g++) openNeeded += Math.max(0, perGroup[g]! - layout.quota[g]!);
  const extra = layout.transfer
    ? Math.max(0, total - layout.seats)
    : Math.max(0, openNeeded - layout.openSeats);
  if (extra > 0) {
    over.push({
      kind: "kept-over-limit",
      subject: "total",
      wanted: layout.seats,
      reachable: layout.seats + extra,
    });
    layout.seats += extra;
    layout.openSeats += extra;
  }
  return over;
}
