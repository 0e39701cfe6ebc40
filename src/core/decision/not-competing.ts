/**
 * The applicants who do not compete for a seat (ineligible, invalid, or kept
 * out with their leader group), as columns. Half of a million-row list can be
 * ineligible: an object per row, and a sorted copy of them all, would be held
 * until the last row is written. Ineligible rows share their reason arrays
 * (see compileRule), so a column of them holds a few arrays, not one per row.
 */
import type { CellProblem } from "../applicants/layout.js";
import { ownString as own } from "../text/own-string.js";
import type { TeamBlocker } from "./teams.js";

export interface NotCompeting {
  id: string;
  line: number;
  kind: "ineligible" | "invalid";
  reasons: readonly string[];
  problems: readonly CellProblem[];
  /** The leader group the row names. */
  team?: string;
  /**
   * An eligible member of a group that is not admitted because these
   * members cannot be (`applicants.team.ineligible: team`).
   */
  blockers?: readonly TeamBlocker[];
  /** The carried columns' cells, when columns are carried. */
  carried?: readonly string[];
}

const NONE: readonly never[] = Object.freeze([]);

/** A problem whose texts are its own (see `ownString`). */
const ownProblem = (p: CellProblem): CellProblem => {
  const copy: CellProblem = { ...p, value: own(p.value), message: own(p.message) };
  if (p.words) copy.words = p.words.map(own);
  return copy;
};

export class NotCompetingList implements Iterable<NotCompeting> {
  private readonly ids: string[] = [];
  private readonly lines: number[] = [];
  /** 1: invalid, 0: ineligible. */
  private readonly invalid: number[] = [];
  private readonly reasons: (readonly string[])[] = [];
  /** The few rows with problems (invalid), blockers or a group, by index. */
  private readonly problems = new Map<number, readonly CellProblem[]>();
  private readonly blockers = new Map<number, readonly TeamBlocker[]>();
  private readonly teams = new Map<number, string>();
  private carried: (readonly string[] | undefined)[] | undefined;
  private ineligibleCount = 0;

  static from(others: Iterable<NotCompeting>): NotCompetingList {
    if (others instanceof NotCompetingList) return others;
    const list = new NotCompetingList();
    for (const o of others) list.add(o);
    return list;
  }

  get length(): number {
    return this.ids.length;
  }

  /** How many are ineligible (the rest are invalid). */
  get ineligible(): number {
    return this.ineligibleCount;
  }

  add(o: NotCompeting): void {
    const j = this.ids.length;
    this.addRow(o.id, o.line, o.kind === "invalid", o.reasons, o.problems, o.carried);
    if (o.blockers) this.blockers.set(j, o.blockers);
    if (o.team !== undefined) this.teams.set(j, o.team);
  }

  /**
   * As add, for a row without a group or blockers, given field by field:
   * the rows a list's ranges are read into come without an object each.
   */
  addRow(
    id: string,
    line: number,
    invalid: boolean,
    reasons: readonly string[],
    problems: readonly CellProblem[],
    carried?: readonly string[],
  ): void {
    const j = this.ids.length;
    this.ids.push(own(id));
    this.lines.push(line);
    this.invalid.push(invalid ? 1 : 0);
    if (!invalid) this.ineligibleCount++;
    this.reasons.push(reasons);
    if (problems.length > 0) this.problems.set(j, problems.map(ownProblem));
    if (carried !== undefined) {
      this.carried ??= new Array(j);
      this.carried[j] = carried.map(own);
    } else if (this.carried) this.carried.push(undefined);
  }

  /** The j-th, in the order added. */
  at(j: number): NotCompeting {
    const o: NotCompeting = {
      id: this.ids[j]!,
      line: this.lines[j]!,
      kind: this.invalid[j] ? "invalid" : "ineligible",
      reasons: this.reasons[j]!,
      problems: this.problems.get(j) ?? NONE,
    };
    const team = this.teams.get(j);
    if (team !== undefined) o.team = team;
    const blockers = this.blockers.get(j);
    if (blockers) o.blockers = blockers;
    const carried = this.carried?.[j];
    if (carried !== undefined) o.carried = carried;
    return o;
  }

  *[Symbol.iterator](): Iterator<NotCompeting> {
    for (let j = 0; j < this.ids.length; j++) yield this.at(j);
  }

  /**
   * Indexes in the order the decision lists them, which does not depend on
   * the order of the list: ineligible before invalid, then by id, then by line.
   */
  sorted(): readonly number[] {
    const { ids, lines, invalid } = this;
    // An array, not a typed one: its sort is adaptive (TimSort), and a list
    // mostly in id order already takes about one pass.
    const order = new Array<number>(ids.length);
    for (let j = 0; j < order.length; j++) order[j] = j;
    return order.sort((a, b) => {
      if (invalid[a] !== invalid[b]) return invalid[a]! - invalid[b]!;
      const x = ids[a]!;
      const y = ids[b]!;
      return x < y ? -1 : x > y ? 1 : lines[a]! - lines[b]!;
    });
  }
}
