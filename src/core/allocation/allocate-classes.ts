/**
 * The allocation with parallel classes: admits and places in one step. The
 * same pipeline as allocate.ts (targets -> rank-order selection -> reasons
 * -> outcomes), over the integer program of class-network.ts, with each
 * applicant's ranked choices; then the admitted are placed into classes
 * (placement.ts) and the outcomes get their class, choice, a reason for
 * every choice they did not get and a waitlist place per choice.
 */

import { choiceRefusals } from "./choice-reasons.js";
import { type ClassLayout, classLayoutOf } from "./class-layout.js";
import { ClassNetwork } from "./class-network.js";
import { widenForKept } from "./kept.js";
import { layoutOf } from "./layout.js";
import type { MipSolver } from "./mip.js";
import { assemble } from "./outcomes.js";
import { Placement, type Placer } from "./placement.js";
import { selectWithChoices } from "./select-choices.js";
import { Sequence } from "./sequence.js";
import { computeTargets, reachAlone } from "./targets.js";
import { targetsMet } from "./targets-met.js";
import { TeamPlacement } from "./team-placement.js";
import type {
  AllocationProblem,
  AllocationResult,
  ChoicePosition,
  Outcome,
  Reason,
  Relaxation,
} from "./types.js";
import { membersOf, type Units, unitsOf } from "./units.js";

export interface ClassRun {
  result: AllocationResult;
  /** Per candidate: 1 when admitted by this run (not kept from before). */
  newly: Uint8Array;
}

/**
 * `kept[i]`: the 1-based choice a top-up keeps candidate i at (they may move
 * up, never down or out), 0 for none; `excluded[i]`: out of the pool.
 */
export function allocateInClasses(
  problem: AllocationProblem,
  solver: MipSolver,
  kept: Int32Array = new Int32Array(problem.candidates.length),
  excluded: Uint8Array = new Uint8Array(problem.candidates.length),
  placed = true,
): ClassRun {
  const n = problem.candidates.length;
  const layout = layoutOf(problem);
  const over = widenForKept(
    layout,
    Uint8Array.from(kept, (k) => (k > 0 ? 1 : 0)),
  );
  const units = unitsOf(problem, layout, excluded);
  // A team is kept at the choice its members were (they were placed together).
  const keptUnit = new Int32Array(units.count);
  for (let u = 0; u < units.count; u++) {
    for (const i of membersOf(units, u)) keptUnit[u] = Math.max(keptUnit[u]!, kept[i]!);
  }
  const classes = classLayoutOf(problem, layout, units, keptUnit);
  const teams = classes.typeSize.some((size) => size > 1);
  const placement: Placer = teams ? new TeamPlacement(classes, solver) : new Placement(classes);
  over.push(...widenClassesForKept(classes, keptUnit, placement));
  const seq = new Sequence(classes.listOf, classes.lists.length);
  const types = classes.typeCell.length;
  const network = new ClassNetwork(layout, classes, solver);
  try {
    // Everyone may still be admitted anywhere among their choices; the kept must be.
    const lower = new Int32Array(types);
    const upper = new Int32Array(types);
    const all = seq.counts(0, seq.length);
    classes.lists.forEach((list, l) => {
      upper[list.unionType]! += all[l]!;
      if (list.mandatory) lower[list.unionType]! += all[l]!;
    });
    const sums = computeTargets(layout, network, lower, upper);
    const zero = new Int32Array(types);
    const { choiceAt } = selectWithChoices(classes, network, seq, zero, sums, layout.V, layout.G);
    const chosen = Uint8Array.from(choiceAt, (k) => (k > 0 ? 1 : 0));
    const targets = targetsMet(
      layout,
      units.cellAt,
      new Int32Array(layout.cells),
      chosen,
      sums.total,
    );
    const reasons = choiceRefusals(layout, classes, network, placement, seq, targets, choiceAt);
    const kindAt = Int32Array.from(choiceAt, (k, p) =>
      k > 0 ? classes.typeKind[classes.lists[seq.cellAt[p]!]!.choiceType[k - 1]!]! : -1,
    );
    const classAt = placement.place(kindAt);

    const admitted = new Uint8Array(n);
    const newly = new Uint8Array(n);
    const refused: (Reason | undefined)[] = new Array(n).fill(undefined);
    for (let u = 0; u < units.count; u++) {
      for (const i of membersOf(units, u)) {
        if (choiceAt[u]! > 0) {
          admitted[i] = 1;
          if (!kept[i]) newly[i] = 1;
        } else {
          refused[i] = reasons[u]![0]!.reason;
        }
      }
    }
    const reach = (kind: "value" | "group", k: number) =>
      reachAlone(layout, network, lower, upper, kind, k);
    const result = assemble(problem, layout, targets, { admitted, excluded, refused }, over, reach);
    decorate(result, problem, classes, units, seq, choiceAt, classAt, reasons, placed);
    return { result, newly };
  } finally {
    network.dispose();
    placement.dispose();
  }
}

/**
 * Class, choice, reasons per choice and waitlist places per choice on each
 * outcome (a team's members share their unit's); class counts. With teams,
 * waitlist places follow the order units are considered in, members
 * together.
 */
function decorate(
  result: AllocationResult,
  problem: AllocationProblem,
  classes: ClassLayout,
  units: Units,
  seq: Sequence,
  choiceAt: Int32Array,
  classAt: Int32Array,
  reasons: ReturnType<typeof choiceRefusals>,
  placed: boolean,
): void {
  // Without real classes (one that never binds) only teams and waitlist
  // places are set: outcomes get no class keys to take away again.
  if (!placed) {
    if (units.members) renumber(result, problem, units);
    return;
  }
  const waiting = new Map<string, number>();
  const idsOf = new Map<readonly unknown[], readonly string[]>();
  const perClass = new Int32Array(classes.C);
  let overall = 0;
  const inGroup = new Map<string | null, number>();
  for (let p = 0; p < units.count; p++) {
    const list = classes.lists[seq.cellAt[p]!]!;
    const got = choiceAt[p]!;
    const own = problem.candidates[units.lead[p]!]!.choices;
    // Kept applicants compete with their list cut at the kept choice; the
    // places and reasons are for the choices they named, up to that one.
    const named = own && own.length > 0 ? own : list.choices;
    let ids = idsOf.get(named);
    if (!ids) {
      ids = named.map((c) => c.id);
      idsOf.set(named, ids);
    }
    const upTo = got > 0 ? got - 1 : list.choices.length;
    let positions: ChoicePosition[] | undefined;
    if (upTo > 0) {
      positions = [];
      for (let j = 0; j < upTo; j++) {
        const choice = named[j]!;
        const key = `${choice.kind}:${choice.id}`;
        const position = (waiting.get(key) ?? 0) + 1;
        waiting.set(key, position);
        positions.push({ choice: j + 1, id: choice.id, position });
      }
    }
    for (const i of membersOf(units, p)) {
      const outcome: Outcome = result.outcomes[i]!;
      const team = problem.candidates[i]!.team;
      if (team !== undefined && team !== null) outcome.team = team;
      outcome.choices = ids;
      if (got > 0) {
        outcome.class = classes.classIds[classAt[p]!]!;
        outcome.choice = got;
        perClass[classAt[p]!]! += 1;
      }
      if (positions) {
        outcome.choiceReasons = reasons[p]!;
        outcome.positions = positions;
      }
      if (units.members && outcome.position) {
        const g = problem.candidates[i]!.group;
        const k = (inGroup.get(g) ?? 0) + 1;
        inGroup.set(g, k);
        outcome.position = { overall: ++overall, inGroup: k };
      }
    }
  }
  result.counts.classes = (problem.classes ?? []).map((c, k) => ({
    id: c.id,
    site: c.site,
    seats: classes.classSeats[k]!,
    admitted: perClass[k]!,
  }));
}

/** Teams' names and waitlist places in the order units are considered in, members together. */
function renumber(result: AllocationResult, problem: AllocationProblem, units: Units): void {
  let overall = 0;
  const inGroup = new Map<string | null, number>();
  for (let p = 0; p < units.count; p++) {
    for (const i of membersOf(units, p)) {
      const outcome: Outcome = result.outcomes[i]!;
      const candidate = problem.candidates[i]!;
      if (candidate.team !== undefined && candidate.team !== null) outcome.team = candidate.team;
      if (!outcome.position) continue;
      const k = (inGroup.get(candidate.group) ?? 0) + 1;
      inGroup.set(candidate.group, k);
      outcome.position = { overall: ++overall, inGroup: k };
    }
  }
}

/**
 * Kept admissions are never undone, even when class seats shrank since they
 * were made: a class is widened by the kept applicants who no longer fit at
 * their kept choice, and that is reported.
 */
function widenClassesForKept(
  classes: ClassLayout,
  kept: Int32Array,
  placement: Placer,
): Relaxation[] {
  const perKind = new Int32Array(classes.kinds.length);
  const keptType = (u: number): number => {
    const list = classes.lists[classes.listOf[u]!]!;
    return list.choiceType[list.choices.length - 1]!;
  };
  kept.forEach((k, u) => {
    if (k > 0) perKind[classes.typeKind[keptType(u)]!]! += 1;
  });
  if (placement.fits(perKind, classes.classSeats)) return [];
  const room = Int32Array.from(classes.classSeats);
  const over = new Int32Array(classes.C);
  kept.forEach((k, u) => {
    if (k <= 0) return;
    const t = keptType(u);
    const size = classes.typeSize[t]!;
    const set = classes.sets[classes.typeSet[t]!]!;
    const c = set.find((d) => room[d]! >= size);
    if (c !== undefined) room[c]! -= size;
    else over[set[0]!]! += size;
  });
  const relaxations: Relaxation[] = [];
  over.forEach((extra, c) => {
    if (extra === 0) return;
    relaxations.push({
      kind: "kept-over-limit",
      subject: classes.classIds[c]!,
      wanted: classes.classSeats[c]!,
      reachable: classes.classSeats[c]! + extra,
    });
    classes.classSeats[c]! += extra;
  });
  return relaxations;
}
