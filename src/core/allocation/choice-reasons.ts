/**
 * Why each choice an applicant did not get was not possible, with classes.
 * An admitted applicant has a reason for every choice better than theirs, a
 * waiting one for every choice. The order of reasons.ts, with one step added:
 *
 * 1-3. SPREAD_CAP, GROUP_FULL, SEATS_FULL: about the applicant, not the
 *      choice, so every choice of a waiting applicant gets the same one;
 * 3a.  CLASS_FULL: the choice's classes cannot take one more beside the
 *      applicants admitted before (placed as their own choices allow);
 * 4.   a seat of the choice is held: the first relaxation that would have
 *      admitted the applicant at this choice names the target (as in
 *      reasons.ts). With every other target relaxed the test checks only
 *      caps, seats and classes, which 1-3a ruled out, so it always answers.
 *
 * Cost: "CLASS_FULL" for one (list, choice) turns true once and stays (the
 * admitted only grow), and "this relaxation admits" turns false once and
 * stays (the argument of select-choices.ts), so each (list, choice) walks
 * its relaxations forwards, galloping over its refused applicants.
 */
import type { ClassLayout } from "./class-layout.js";
import { RelaxationWalker, type Relaxed, relaxationsOf } from "./held.js";
import type { Layout } from "./layout.js";
import type { Feasibility } from "./network.js";
import type { Placer } from "./placement.js";
import { type Refusal, RefusalCounts } from "./reasons.js";
import { Sequence } from "./sequence.js";
import type { CellTargets } from "./targets.js";
import type { ChoiceRefusal } from "./types.js";

export function choiceRefusals(
  layout: Layout,
  classes: ClassLayout,
  network: Feasibility,
  placement: Placer,
  seq: Sequence,
  targets: CellTargets,
  choiceAt: Int32Array,
): (ChoiceRefusal[] | undefined)[] {
  const m = seq.length;
  const { lists, typeCell, typeSet, typeKind, sets, kinds } = classes;
  const types = typeCell.length;
  const K = classes.K;
  // Keys are (list, choice); the positions that needed a reason for each.
  const keyOf = (l: number, j: number) => l * K + j;
  const keyPositions: number[][] = Array.from({ length: lists.length * K }, () => []);
  for (let p = 0; p < m; p++) {
    const l = seq.cellAt[p]!;
    const got = choiceAt[p]!;
    const upTo = got > 0 ? got - 1 : lists[l]!.choices.length;
    for (let j = 0; j < upTo; j++) keyPositions[keyOf(l, j)]!.push(p);
  }
  // Positions of the admitted by their type, for the state at any moment.
  const typeAt = new Int32Array(m);
  for (let p = 0; p < m; p++) {
    const l = seq.cellAt[p]!;
    typeAt[p] = choiceAt[p]! > 0 ? lists[l]!.choiceType[choiceAt[p]! - 1]! : types;
  }
  const admittedByType = new Sequence(typeAt, types + 1);
  const lower = new Int32Array(types);
  const upper = new Int32Array(types);
  const rest = new Int32Array(lists.length);

  const admits = (key: number, index: number, relaxed: Relaxed): boolean => {
    const l = Math.floor(key / K);
    const j = key % K;
    const p = keyPositions[key]![index]!;
    for (let t = 0; t < types; t++) lower[t] = admittedByType.count(t, 0, p);
    lower[lists[l]!.choiceType[j]!]! += 1;
    upper.set(lower);
    seq.counts(p + 1, m, rest);
    for (let k = 0; k < lists.length; k++) {
      if (rest[k] === 0) continue;
      upper[lists[k]!.unionType]! += rest[k]!;
      if (lists[k]!.mandatory) lower[lists[k]!.unionType]! += rest[k]!;
    }
    const valueLower = targets.mins.slice();
    for (const u of relaxed.mins) valueLower[u] = 0;
    const groupLower = targets.quotas.slice();
    for (const h of relaxed.quotas) groupLower[h] = 0;
    return network.feasible({
      cellLower: lower,
      cellUpper: upper,
      valueLower,
      groupLower,
      minFill: 0,
      quotaFill: 0,
      totalLower: relaxed.total ? 0 : targets.total,
      totalUpper: targets.total,
    });
  };
  const walker = new RelaxationWalker(
    (key) => relaxationsOf(layout, targets, lists[Math.floor(key / K)]!.cell),
    (key) => keyPositions[key]!.length,
    admits,
  );

  // A top-up's kept admissions hold their seats from before anyone in it
  // comes up: they count towards caps, quotas and T from the start (as
  // reasons.ts counts them fixed), only their class may still change.
  const counts = new RefusalCounts(layout, targets);
  for (let p = 0; p < m; p++) {
    const list = lists[seq.cellAt[p]!]!;
    if (list.mandatory) counts.add(list.cell);
  }
  const perKind = new Int32Array(kinds.length);
  const room = Int32Array.from(classes.classSeats);
  const classFull = new Uint8Array(lists.length * K);
  const testedAt = new Int32Array(lists.length * K).fill(-1);
  const seen = new Int32Array(lists.length * K);
  let version = 0;
  const out: (ChoiceRefusal[] | undefined)[] = new Array(m).fill(undefined);
  const isFull = (key: number, kind: number): boolean => {
    if (classFull[key] || testedAt[key] === version) return classFull[key] === 1;
    testedAt[key] = version;
    perKind[kind]! += 1;
    const fits = placement.fits(perKind, room);
    perKind[kind]! -= 1;
    if (!fits) classFull[key] = 1;
    return !fits;
  };
  const fullReason = (set: number, id: string): Refusal => {
    const seats = sets[set]!.reduce((s, c) => s + classes.classSeats[c]!, 0);
    return {
      code: "CLASS_FULL",
      params: {
        choice: id,
        classes: sets[set]!.map((c) => classes.classIds[c]!),
        admitted: seats,
        seats,
      },
    };
  };
  for (let p = 0; p < m; p++) {
    const l = seq.cellAt[p]!;
    const list = lists[l]!;
    const got = choiceAt[p]!;
    const upTo = got > 0 ? got - 1 : list.choices.length;
    if (upTo > 0) {
      const own = got > 0 ? undefined : counts.seatReason(list.cell);
      const reasons: ChoiceRefusal[] = [];
      for (let j = 0; j < upTo; j++) {
        const choice = list.choices[j]!;
        const key = keyOf(l, j);
        const index = seen[key]!;
        seen[key] = index + 1;
        const set = typeSet[list.choiceType[j]!]!;
        const reason =
          own ??
          (isFull(key, typeKind[list.choiceType[j]!]!)
            ? fullReason(set, choice.id)
            : counts.heldFor(walker.relaxationFor(key, index)));
        reasons.push({ choice: j + 1, id: choice.id, reason });
      }
      out[p] = reasons;
    }
    if (got > 0) {
      const t = list.choiceType[got - 1]!;
      if (!list.mandatory) counts.add(typeCell[t]!);
      perKind[typeKind[t]!]! += 1;
      version++;
    }
  }
  return out;
}
