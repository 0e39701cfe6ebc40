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
import type { Layout } from "./layout.js";
import type { AllocationProblem, Choice } from "./types.js";

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
  cell: number;
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
  /** Per type: its cell and its class set. */
  typeCell: number[];
  typeSet: number[];
  lists: ChoiceList[];
  /** Per candidate (input order): its list. */
  listOf: Int32Array;
  /** The longest choice list. */
  K: number;
}

/**
 * `kept[i]`: the 1-based choice a top-up keeps candidate i at, 0 when they
 * compete freely.
 */
export function classLayoutOf(
  problem: AllocationProblem,
  layout: Layout,
  kept: Int32Array = new Int32Array(problem.candidates.length),
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
  const typeOf = (cell: number, set: number): number => {
    const key = set * layout.cells + cell;
    let t = typeIndex.get(key);
    if (t === undefined) {
      t = typeCell.length;
      typeIndex.set(key, t);
      typeCell.push(cell);
      typeSet.push(set);
    }
    return t;
  };
  const anyChoice: Choice = { id: "*", kind: "any", classes: [...Array(C).keys()] };
  const listIndex = new Map<string, number>();
  const lists: ChoiceList[] = [];
  const n = problem.candidates.length;
  const listOf = new Int32Array(n);
  let K = 1;
  // The few distinct choice lists are keyed by the identity of the
  // candidate's array first: a million candidates sharing a handful of
  // arrays are looked up without building a million keys.
  const byArray = new Map<readonly Choice[], string>();
  for (let i = 0; i < n; i++) {
    const candidate = problem.candidates[i]!;
    const own = candidate.choices && candidate.choices.length > 0 ? candidate.choices : null;
    const all = own ?? [anyChoice];
    const keep = kept[i]!;
    const choices = keep > 0 ? all.slice(0, Math.min(keep, all.length)) : all;
    let choiceKey = own ? byArray.get(own) : "*";
    if (choiceKey === undefined) {
      choiceKey = own!.map((c) => `${c.kind}:${c.id}:${c.classes.join(".")}`).join("|");
      byArray.set(own!, choiceKey);
    }
    const key = `${layout.cellOf[i]}#${keep}#${choiceKey}`;
    let l = listIndex.get(key);
    if (l === undefined) {
      l = lists.length;
      listIndex.set(key, l);
      const cell = layout.cellOf[i]!;
      const union = setOf(choices.flatMap((c) => c.classes));
      if (typeCell.length > MAX_CLASS_TYPES)
        throw new TooManyChoiceTypes(typeCell.length, MAX_CLASS_TYPES);
      lists.push({
        cell,
        choices,
        choiceType: choices.map((c) => typeOf(cell, setOf(c.classes))),
        unionType: typeOf(cell, union),
        mandatory: keep > 0,
      });
      K = Math.max(K, choices.length);
    }
    listOf[i] = l;
  }
  return {
    C,
    classIds: classes.map((c) => c.id),
    sites: classes.map((c) => c.site),
    classSeats: classes.map((c) => Math.max(0, Math.floor(c.seats))),
    sets,
    typeCell,
    typeSet,
    lists,
    listOf,
    K,
  };
}
