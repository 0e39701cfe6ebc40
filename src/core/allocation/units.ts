/**
 * What the allocation with classes goes down the rank order by: units. A
 * unit is one applicant, or a team (a leader group applying together) whose
 * members are admitted together, into one class, or not at all.
 *
 * A team stands in the rank order at its lowest-ranked member by default, so
 * that nobody is carried in above their own merit (`teamRank: "highest"`
 * puts it at its best-ranked member). Its members count as one unit cell
 * (layout.ts): how many of them are in each quota x values cell. Teams with
 * the same cells and choices are alike for the selection, as applicants of
 * one cell are. A team left with one member in the pool (the others
 * declined) is a unit of one.
 */

import type { Layout } from "./layout.js";
import { mapToInt32 } from "./map-column.js";
import type { AllocationProblem } from "./types.js";

export interface Units {
  /** Number of units in the pool. */
  count: number;
  /** Per unit, in the order the allocation considers them: its unit cell. */
  cellAt: Int32Array;
  /** Per unit: the member whose choices the unit has (its best-ranked), a candidate index. */
  lead: Int32Array;
  /** Per unit: its members (candidate indexes in rank order); null when every unit is one applicant. */
  members: Int32Array[] | null;
}

/** Every candidate index of unit u. */
export const membersOf = (units: Units, u: number): Iterable<number> =>
  units.members ? units.members[u]! : [units.lead[u]!];

/**
 * What the allocation sees of a team: its members per quota and per value of
 * each field. Two teams alike in these count alike in every row of the
 * integer program and every reason, whichever member has which combination,
 * so they share one unit cell (the first one's members stand for it): a
 * list of thousands of teams has a few hundred kinds of team, not thousands.
 */
function signature(layout: Layout, members: readonly number[]): string {
  const { F, cellOf, cellGroup, cellValue } = layout;
  const groups = members.map((i) => cellGroup[cellOf[i]!]!).sort((a, b) => a - b);
  const parts = [groups.join(".")];
  for (let f = 0; f < F; f++) {
    parts.push(
      members
        .map((i) => cellValue[cellOf[i]! * F + f]!)
        .sort((a, b) => a - b)
        .join("."),
    );
  }
  return parts.join("|");
}

export function unitsOf(problem: AllocationProblem, layout: Layout, excluded: Uint8Array): Units {
  const n = problem.candidates.length;
  const byTeam = new Map<string, number[]>();
  const alone: number[] = [];
  for (let i = 0; i < n; i++) {
    if (excluded[i]) continue;
    const team = problem.candidates[i]!.team;
    if (team === undefined || team === null) {
      alone.push(i);
      continue;
    }
    const members = byTeam.get(team);
    if (members) members.push(i);
    else byTeam.set(team, [i]);
  }
  if (byTeam.size === 0) {
    const lead = Int32Array.from(alone);
    return {
      count: lead.length,
      cellAt: mapToInt32(lead, (i) => layout.cellOf[i]!),
      lead,
      members: null,
    };
  }
  const highest = problem.teamRank === "highest";
  // Each unit stands at one candidate's position: positions are distinct,
  // so sorting by them orders the units without ties.
  const units: { at: number; members: number[] }[] = alone.map((i) => ({ at: i, members: [i] }));
  for (const members of byTeam.values()) {
    units.push({ at: highest ? members[0]! : members[members.length - 1]!, members });
  }
  units.sort((a, b) => a.at - b.at);
  const compositions = new Map<string, number>();
  const cellAt = new Int32Array(units.length);
  units.forEach((unit, u) => {
    if (unit.members.length === 1) {
      cellAt[u] = layout.cellOf[unit.members[0]!]!;
      return;
    }
    const perCell = new Map<number, number>();
    for (const i of unit.members) {
      const c = layout.cellOf[i]!;
      perCell.set(c, (perCell.get(c) ?? 0) + 1);
    }
    const pairs = [...perCell].sort((a, b) => a[0] - b[0]);
    const key = signature(layout, unit.members);
    let id = compositions.get(key);
    if (id === undefined) {
      id = layout.cells + layout.unitCells.length;
      compositions.set(key, id);
      layout.unitCells.push(pairs);
    }
    cellAt[u] = id;
  });
  return {
    count: units.length,
    cellAt,
    lead: Int32Array.from(units, (unit) => unit.members[0]!),
    members: units.map((unit) => Int32Array.from(unit.members)),
  };
}
