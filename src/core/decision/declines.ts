/**
 * Declines in rounds: those admitted decline, their seats are topped up, and
 * an applicant offered a seat in one round may decline in the next. Earlier
 * admissions never move. Ids that never held a seat are refused, with why,
 * and the caller decides what a refusal means (allocate stops on one).
 */
import { type AllocateOptions, type KeptAdmission, topUp } from "../allocation/allocate.js";
import type { AllocationProblem, AllocationResult } from "../allocation/types.js";

/** One id of a declined list, with the line it is on. */
export interface DeclineEntry {
  id: string;
  line: number;
}

/** Why a declined id could not decline: it never held a seat. */
export type RefusalWhy = "waitlisted" | "ineligible" | "invalid" | "absent";

export interface RefusedDecline extends DeclineEntry {
  why: RefusalWhy;
}

export interface DeclineRounds {
  /** The allocation after the last round (the first allocation when nobody declined). */
  result: AllocationResult;
  /** Ids newly offered a seat and still holding it, in rank order. */
  offered: string[];
  /** Ids that declined, in the order their rounds took them. */
  declined: string[];
  /** Ids that never held a seat, in the order of the list. */
  refused: RefusedDecline[];
}

/**
 * `first` is the allocation declines start from: the first allocation, or
 * the state an earlier decision's audit record holds (`earlier` then names
 * those who declined before; a repeated decline of theirs is no news).
 */
export const declineRounds = (
  problem: AllocationProblem,
  first: AllocationResult,
  entries: readonly DeclineEntry[],
  others: Iterable<{ id: string; kind: "ineligible" | "invalid" }>,
  options: AllocateOptions = {},
  earlier: readonly string[] = [],
): DeclineRounds => {
  // Who holds a seat, and at which choice (with classes they may move up, never down).
  const holding = new Map<string, number | undefined>();
  for (const o of first.outcomes) if (o.admitted) holding.set(o.id, o.choice);
  const before = new Set(earlier);
  let result = first;
  let pending = entries.filter((e) => !before.has(e.id));
  const done: string[] = [...earlier];
  const newly = new Set<string>();
  const kept = (): KeptAdmission[] =>
    [...holding].map(([id, choice]) => (choice === undefined ? { id } : { id, choice }));
  for (;;) {
    const now = pending.filter((e) => holding.has(e.id));
    if (now.length === 0) break;
    for (const e of now) done.push(e.id);
    pending = pending.filter((e) => !holding.has(e.id));
    for (const e of now) holding.delete(e.id);
    const round = topUp(problem, kept(), done, options);
    result = round;
    // Who holds a seat now: everyone who did but the decliners, and those offered.
    for (const e of now) newly.delete(e.id);
    for (const o of round.outcomes) if (o.admitted) holding.set(o.id, o.choice);
    for (const id of round.offered) newly.add(id);
  }
  // Only a refusal needs to know who is where.
  const competing = new Set(pending.length > 0 ? problem.candidates.map((c) => c.id) : []);
  const outside = new Map<string, "ineligible" | "invalid">();
  if (pending.length > 0) for (const o of others) outside.set(o.id, o.kind);
  const refused = pending.map(({ id, line }): RefusedDecline => {
    const why: RefusalWhy = competing.has(id) ? "waitlisted" : (outside.get(id) ?? "absent");
    return { id, line, why };
  });
  const offered =
    newly.size === 0 ? [] : problem.candidates.flatMap((c) => (newly.has(c.id) ? [c.id] : []));
  return { result, offered, declined: done, refused };
};
