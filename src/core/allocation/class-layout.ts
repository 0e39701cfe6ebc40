/**
 * Numbers what an allocation with parallel classes counts, on top of the
 * group x value cells of layout.ts:
 *
 * - class sets: the distinct sets of classes a choice admits to (a class, a
 *   site's classes, every class), and the unions of applicants' choice lists;
 * - types: (cell, class set) pairs; the integer program counts applicants per
 *   type, so its size depends on the types, never on the number of applicants;
 * - lists: applicants with the same cell and the same choice list (and, in a
 *   top-up, the same kept choice) are alike for the selection: what blocks
 *   one blocks all (select-choices.ts).
 */
import { type Layout, sizeOf } from "./layout.js";
import type { AllocationProblem, Choice } from "./types.js";
import type { Units } from "./units.js";

/**
 * The most types an allocation with classes takes: each type is a row of the
 * integer program, and a few thousand keep each question within tens of
 * milliseconds. Real intakes have a few hundred (cells x distinct choice
 * sets); only a list with thousands of distinct choice lists comes near.
 */
export const MAX_CLASS_TYPES = 2000;

/** The problem has more types than MAX_CLASS_TYPES; the caller words it. */
export class TooManyChoiceTypes extends Error {
  constructor(
    readonly types: number,
    readonly limit: number,
  ) {
    super(`${types} kinds of applicants (quota x spread value x choices), more than ${limit}`);
  }
}

export interface ChoiceList {
  /** The unit cell: a plain cell, or a team's members (layout.ts). */
  cell: number;
  /** Members of a unit of this list: 1, or a team's size. */
  size: number;
  choices: readonly Choice[];
  /** Per choice: the type (cell, the choice's classes). */
  choiceType: number[];
  /** The type (cell, union of the choices): how the list waits in a completion. */
  unionType: number;
  /**
   * A kept admission of a top-up: the applicant must stay admitted, at the
   * kept choice or a better one (`choices` holds only those).
   */
  mandatory: boolean;
}

export interface ClassLayout {
  C: number;
  classIds: string[];
  sites: string[];
  classSeats: number[];
  /** Distinct class sets, each ascending. */
  sets: number[][];
  /** Per type: its unit cell, its class set and the members of one unit of it. */
  typeCell: number[];
  typeSet: number[];
  typeSize: number[];
  /**
   * What placing into classes tells apart: a class set and a unit size.
   * Kind s < sets.length is set s for one applicant; teams add (set, size)
   * kinds after those. `typeKind[t]` is type t's kind.
   */
  kinds: { set: number; size: number }[];
  typeKind: number[];
  lists: ChoiceList[];
  /** Per unit (units.ts order): its list. */
  listOf: Int32Array;
  /** The longest choice list. */
  K: number;
}

/**
 * `kept[u]`: the 1-based choice a top-up keeps unit u at, 0 when it
 * competes freely. A unit's choices are those of its lead member.
 */
export function classLayoutOf(
  problem: AllocationProblem,
  layout: Layout,
  units: Units,
  kept: Int32Array = new Int32Array(units.count),
): ClassLayout {
  const classes = problem.classes ?? [];
  const C = classes.length;
  const setIndex = new Map<string, number>();
  const sets: number[][] = [];
  const setOf = (classesOf: readonly number[]): number => {
    const sorted = [...new Set(classesOf)].sort((a, b) => a - b);
    for (const c of sorted) {
      if (!Number.isInteger(c) || c < 0 || c >= C) throw new Error(`no class ${c}`);
    }
    const key = sorted.join(",");
    let s = setIndex.get(key);
    if (s === undefined) {
      s = sets.length;
      setIndex.set(key, s);
      sets.push(sorted);
    }
    return s;
  };
  const typeIndex = new Map<number, number>();
  const typeCell: number[] = [];
  const typeSet: number[] = [];
  const typeSize: number[] = [];
  const typeOf = (cell: number, set: number): number => {
    const key = set * (layout.cells + layout.unitCells.length) + cell;
    let t = typeIndex.get(key);
    if (t === undefined) {
      t = typeCell.length;
      typeIndex.set(key, t);
      typeCell.push(cell);
      typeSet.push(set);
      typeSize.push(sizeOf(layout, cell));
    }
    return t;
  };
  const anyChoice: Choice = { id: "*", kind: "any", classes: [...Array(C).keys()] };
  const listIndex = new Map<number, number>();
  const lists: ChoiceList[] = [];
  const n = units.count;
  const listOf = new Int32Array(n);
  let K = 1;
  // The few distinct choice lists are numbered by the identity of the
  // candidate's array first (the reader shares one array per distinct
  // cell), then by their content; a unit's list is then found by a number
  // made of its cell, what it keeps and its choices' number: a million
  // candidates are looked up without building a million string keys.
  const byArray = new Map<readonly Choice[], number>();
  const byContent = new Map<string, number>();
  const cells = layout.cells + layout.unitCells.length;
  let keeps = 1;
  for (let u = 0; u < n; u++) keeps = Math.max(keeps, kept[u]! + 1);
  for (let u = 0; u < n; u++) {
    const candidate = problem.candidates[units.lead[u]!]!;
    const own = candidate.choices && candidate.choices.length > 0 ? candidate.choices : null;
    const keep = kept[u]!;
    // 0 stands for no list of its own: any class.
    let choiceNumber = own ? byArray.get(own) : 0;
    if (choiceNumber === undefined) {
      const content = own!.map((c) => `${c.kind}:${c.id}:${c.classes.join(".")}`).join("|");
      choiceNumber = byContent.get(content);
      if (choiceNumber === undefined) {
        choiceNumber = byContent.size + 1;
        byContent.set(content, choiceNumber);
      }
      byArray.set(own!, choiceNumber);
    }
    const cell = units.cellAt[u]!;
    // Exact as a double: lists (at most one per unit) x keeps x cells is far below 2^53.
    const key = (choiceNumber * keeps + keep) * cells + cell;
    let l = listIndex.get(key);
    if (l === undefined) {
      const all = own ?? [anyChoice];
      const choices = keep > 0 ? all.slice(0, Math.min(keep, all.length)) : all;
      l = lists.length;
      listIndex.set(key, l);
      const union = setOf(choices.flatMap((c) => c.classes));
      if (typeCell.length > MAX_CLASS_TYPES)
        throw new TooManyChoiceTypes(typeCell.length, MAX_CLASS_TYPES);
      lists.push({
        cell,
        size: sizeOf(layout, cell),
        choices,
        choiceType: choices.map((c) => typeOf(cell, setOf(c.classes))),
        unionType: typeOf(cell, union),
        mandatory: keep > 0,
      });
      K = Math.max(K, choices.length);
    }
    listOf[u] = l;
  }
  // Kinds: every set for one applicant (so that a set is its own kind),
  // then (set, size) for the teams' types.
  const kinds = sets.map((_, set) => ({ set, size: 1 }));
  const kindIndex = new Map<string, number>();
  const typeKind = typeSet.map((set, t) => {
    const size = typeSize[t]!;
    if (size === 1) return set;
    const key = `${set}x${size}`;
    let k = kindIndex.get(key);
    if (k === undefined) {
      k = kinds.length;
      kindIndex.set(key, k);
      kinds.push({ set, size });
    }
    return k;
  });
  return {
    C,
    classIds: classes.map((c) => c.id),
    sites: classes.map((c) => c.site),
    classSeats: classes.map((c) => Math.max(0, Math.floor(c.seats))),
    sets,
    typeCell,
    typeSet,
    typeSize,
    kinds,
    typeKind,
    lists,
    listOf,
    K,
  };
}
