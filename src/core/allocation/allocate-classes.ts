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
import { mapToInt32, positives } from "./map-column.js";
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
  const over = widenForKept(layout, positives(kept));
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
    const chosen = positives(choiceAt);
    const targets = targetsMet(
      layout,
      units.cellAt,
      new Int32Array(layout.cells),
      chosen,
      sums.total,
    );
    const reasons = choiceRefusals(layout, classes, network, placement, seq, targets, choiceAt);
    const kindAt = mapToInt32(choiceAt, (k, p) =>
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
    const columns = classColumns(problem, classes, units, seq, choiceAt, classAt, reasons, placed);
    const waitlisted = (i: number) => admitted[i] === 0 && excluded[i] === 0;
    const extend = columns.extend(waitlisted);
    const result = assemble(
      problem,
      layout,
      targets,
      { admitted, excluded, refused },
      over,
      reach,
      extend,
    );
    if (placed) {
      result.counts.classes = (problem.classes ?? []).map((c, k) => ({
        id: c.id,
        site: c.site,
        seats: classes.classSeats[k]!,
        admitted: columns.perClass[k]!,
      }));
    }
    return { result, newly };
  } finally {
    network.dispose();
    placement.dispose();
  }
}

/**
 * Class, choice, reasons per choice and waitlist places per choice of each
 * candidate as columns (a team's members share their unit's), and `extend`,
 * which puts them on an outcome as it is made; class counts. With teams,
 * waitlist places follow the order units are considered in, members
 * together. Nothing per candidate is an object: the refusals are arrays
 * shared by those refused alike (choice-reasons.ts), the places per choice
 * one column of numbers per choice rank, and the outcomes are made only
 * when read (outcomes.ts), as the one pool's are.
 */
function classColumns(
  problem: AllocationProblem,
  classes: ClassLayout,
  units: Units,
  seq: Sequence,
  choiceAt: Int32Array,
  classAt: Int32Array,
  reasons: ReturnType<typeof choiceRefusals>,
  placed: boolean,
): {
  perClass: Int32Array;
  extend: (
    waitlisted: (i: number) => boolean,
  ) => ((i: number, outcome: Outcome) => void) | undefined;
} {
  const n = problem.candidates.length;
  const perClass = new Int32Array(classes.C);
  // Without real classes (one that never binds) only teams and waitlist
  // places are set: outcomes get no class keys to take away again.
  if (!placed && !units.members) return { perClass, extend: () => undefined };
  /** Per candidate: their unit, -1 for none (out of the pool). */
  const unitAt = new Int32Array(n).fill(-1);
  for (let p = 0; p < units.count; p++) for (const i of membersOf(units, p)) unitAt[i] = p;
  // Per unit: which of the distinct choice lists it named (the ids, and per
  // choice the counter of its waitlist), and its place on each choice's.
  const named: { ids: readonly string[]; slots: Int32Array }[] = [];
  const namedAt = new Int32Array(units.count);
  const K = classes.K;
  const placeAt = Array.from({ length: placed ? K : 0 }, () => new Int32Array(units.count));
  if (placed) {
    const numberOf = new Map<readonly unknown[], number>();
    const slotOf = new Map<string, number>();
    const waiting: number[] = [];
    for (let p = 0; p < units.count; p++) {
      const list = classes.lists[seq.cellAt[p]!]!;
      const own = problem.candidates[units.lead[p]!]!.choices;
      // Kept applicants compete with their list cut at the kept choice; the
      // places and reasons are for the choices they named, up to that one.
      const choices = own && own.length > 0 ? own : list.choices;
      let k = numberOf.get(choices);
      if (k === undefined) {
        k = named.length;
        const slots = Int32Array.from(choices, (choice) => {
          const key = `${choice.kind}:${choice.id}`;
          let slot = slotOf.get(key);
          if (slot === undefined) {
            slot = waiting.length;
            waiting.push(0);
            slotOf.set(key, slot);
          }
          return slot;
        });
        named.push({ ids: choices.map((c) => c.id), slots });
        numberOf.set(choices, k);
      }
      namedAt[p] = k;
      const got = choiceAt[p]!;
      const upTo = got > 0 ? got - 1 : list.choices.length;
      const { slots } = named[k]!;
      for (let j = 0; j < upTo; j++) placeAt[j]![p] = ++waiting[slots[j]!]!;
      // A team's members each take a seat of its class.
      if (got > 0) perClass[classAt[p]!]! += units.members ? units.members[p]!.length : 1;
    }
  }
  // With teams, the waitlist places overall and within the quota group in
  // the order units are considered in, members together.
  let overallAt: Int32Array | undefined;
  let inGroupAt: Int32Array | undefined;
  const extend = (waitlisted: (i: number) => boolean) => {
    if (units.members) {
      overallAt = new Int32Array(n);
      inGroupAt = new Int32Array(n);
      let overall = 0;
      const inGroup = new Map<string | null, number>();
      for (let p = 0; p < units.count; p++) {
        for (const i of membersOf(units, p)) {
          if (!waitlisted(i)) continue;
          const g = problem.candidates[i]!.group;
          const k = (inGroup.get(g) ?? 0) + 1;
          inGroup.set(g, k);
          overallAt[i] = ++overall;
          inGroupAt[i] = k;
        }
      }
    }
    return (i: number, outcome: Outcome): void => {
      const p = unitAt[i]!;
      if (p < 0) return;
      const team = problem.candidates[i]!.team;
      if (team !== undefined && team !== null) outcome.team = team;
      if (placed) {
        const { ids } = named[namedAt[p]!]!;
        outcome.choices = ids;
        const got = choiceAt[p]!;
        if (got > 0) {
          outcome.class = classes.classIds[classAt[p]!]!;
          outcome.choice = got;
        }
        const upTo = got > 0 ? got - 1 : classes.lists[seq.cellAt[p]!]!.choices.length;
        if (upTo > 0) {
          outcome.choiceReasons = reasons[p]!;
          const positions: ChoicePosition[] = [];
          for (let j = 0; j < upTo; j++)
            positions.push({ choice: j + 1, id: ids[j]!, position: placeAt[j]![p]! });
          outcome.positions = positions;
        }
      }
      if (overallAt && inGroupAt && outcome.position)
        outcome.position = { overall: overallAt[i]!, inGroup: inGroupAt[i]! };
    };
  };
  return { perClass, extend };
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
