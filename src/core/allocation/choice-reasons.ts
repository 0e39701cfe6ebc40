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
 *
 * The arrays returned are shared: applicants of one list refused for the
 * same reasons get the same array (read it, never change it).
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
  // Keys are (list, choice); the positions that needed a reason for each,
  // in order: key k's are keyPosition[keyStart[k], keyStart[k + 1]) (two
  // passes into one column rather than an array per key grown by a push per
  // position, a million or more of them).
  const keyOf = (l: number, j: number) => l * K + j;
  const keyStart = new Int32Array(lists.length * K + 1);
  const upToAt = (p: number): number => {
    const got = choiceAt[p]!;
    return got > 0 ? got - 1 : lists[seq.cellAt[p]!]!.choices.length;
  };
  for (let p = 0; p < m; p++) {
    const l = seq.cellAt[p]!;
    const upTo = upToAt(p);
    for (let j = 0; j < upTo; j++) keyStart[keyOf(l, j) + 1]! += 1;
  }
  for (let k = 0; k < lists.length * K; k++) keyStart[k + 1]! += keyStart[k]!;
  const keyPosition = new Int32Array(keyStart[lists.length * K]!);
  const filled = keyStart.slice(0, lists.length * K);
  for (let p = 0; p < m; p++) {
    const l = seq.cellAt[p]!;
    const upTo = upToAt(p);
    for (let j = 0; j < upTo; j++) keyPosition[filled[keyOf(l, j)]!++] = p;
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
    const p = keyPosition[keyStart[key]! + index]!;
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
    (key) => keyStart[key + 1]! - keyStart[key]!,
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
  // The refusals are shared, as reasons.ts shares the one pool's: a reason
  // depends on the counts (they change only at an admission: `version`) and,
  // when a seat is held, on the relaxation that admits, so each is made once
  // per version and relaxation; and applicants of one list refused alike
  // share one array. Most of the waitlist comes after the last admission,
  // where each list needs its array once (about 900 bytes an applicant when
  // each had its own).
  const ownAt = new Int32Array(lists.length).fill(-1);
  const ownOf: (Refusal | undefined)[] = new Array(lists.length).fill(undefined);
  const fullOf: (Refusal | undefined)[] = new Array(lists.length * K).fill(undefined);
  const heldAt = new Int32Array(lists.length * K).fill(-1);
  const heldRelaxed: (Relaxed | undefined)[] = new Array(lists.length * K).fill(undefined);
  const heldOf: (Refusal | undefined)[] = new Array(lists.length * K).fill(undefined);
  const lastOf: (ChoiceRefusal[] | undefined)[] = new Array(lists.length).fill(undefined);
  const reasonAt: Refusal[] = new Array(K);
  for (let p = 0; p < m; p++) {
    const l = seq.cellAt[p]!;
    const list = lists[l]!;
    const got = choiceAt[p]!;
    const upTo = got > 0 ? got - 1 : list.choices.length;
    if (upTo > 0) {
      let own: Refusal | undefined;
      if (got === 0) {
        if (ownAt[l] !== version) {
          ownAt[l] = version;
          ownOf[l] = counts.seatReason(list.cell);
        }
        own = ownOf[l];
      }
      for (let j = 0; j < upTo; j++) {
        const key = keyOf(l, j);
        const index = seen[key]!;
        seen[key] = index + 1;
        if (own) {
          reasonAt[j] = own;
        } else if (isFull(key, typeKind[list.choiceType[j]!]!)) {
          fullOf[key] ??= fullReason(typeSet[list.choiceType[j]!]!, list.choices[j]!.id);
          reasonAt[j] = fullOf[key]!;
        } else {
          const relaxed = walker.relaxationFor(key, index);
          if (heldAt[key] !== version || heldRelaxed[key] !== relaxed) {
            heldAt[key] = version;
            heldRelaxed[key] = relaxed;
            heldOf[key] = counts.heldFor(relaxed);
          }
          reasonAt[j] = heldOf[key]!;
        }
      }
      let reasons = lastOf[l];
      let same = reasons !== undefined && reasons.length === upTo;
      for (let j = 0; same && j < upTo; j++) same = reasons![j]!.reason === reasonAt[j];
      if (!same) {
        reasons = [];
        for (let j = 0; j < upTo; j++)
          reasons.push({ choice: j + 1, id: list.choices[j]!.id, reason: reasonAt[j]! });
        lastOf[l] = reasons;
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
