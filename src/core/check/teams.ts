/**
 * What check says about leader groups (teams), which only the list as a
 * whole shows: rows of one group that chose differently, a group named on
 * one row only, a group larger than any class it chose. Kept as the list
 * streams: one small entry per group, not per row.
 *
 * A row whose choices differ from those of the group's first row with
 * choices is invalid, naming that row, as a duplicate id is: the verdict is
 * given as the row is read, so a streamed check and allocate agree on it.
 * The other two are warnings once the list is read: a group of one is
 * allocated as an applicant alone, and a group too large for every class it
 * chose is left to the allocation, which waitlists it whole with the seats
 * that stopped it.
 */
import type { Choice } from "../allocation/types.js";
import type { CellProblem } from "../applicants/layout.js";
import type { Program, ProgramClass } from "../program/schema.js";

export interface TeamNote {
  kind: "alone" | "too-big";
  team: string;
  /** The group's first row. */
  line: number;
  /** The group column's header. */
  column: string;
  /** too-big: the group's eligible members, and the most seats one class it chose (or the intake) has. */
  members: number;
  seats: number;
  /** too-big: whether `seats` are a class's (else the intake's total). */
  ofClass: boolean;
}

interface Seen {
  line: number;
  rows: number;
  eligible: number;
  /** The line and choices of the first row with choices. */
  choicesLine: number;
  choicesKey: string | undefined;
  choices: readonly Choice[] | undefined;
}

const keyOf = (choices: readonly Choice[]): string =>
  choices.map((c) => `${c.kind}:${c.id}`).join("\u0000");

export class TeamTracker {
  private readonly seen = new Map<string, Seen>();
  private readonly keys = new WeakMap<readonly Choice[], string>();

  constructor(
    private readonly column: string,
    private readonly total: number,
    private readonly classes: readonly ProgramClass[] | undefined,
  ) {}

  static of(program: Program, column: string, classes?: readonly ProgramClass[]): TeamTracker {
    return new TeamTracker(column, program.seats?.total ?? Infinity, classes);
  }

  /**
   * One row naming `team`; the problem that makes it invalid when its
   * choices differ from the group's first row with choices.
   */
  row(team: string, line: number, choices: readonly Choice[] | undefined): CellProblem | undefined {
    let seen = this.seen.get(team);
    if (!seen) {
      seen = {
        line,
        rows: 0,
        eligible: 0,
        choicesLine: 0,
        choicesKey: undefined,
        choices: undefined,
      };
      this.seen.set(team, seen);
    }
    seen.rows++;
    if (choices === undefined) return undefined;
    let key = this.keys.get(choices);
    if (key === undefined) {
      key = keyOf(choices);
      this.keys.set(choices, key);
    }
    if (seen.choicesKey === undefined) {
      seen.choicesKey = key;
      seen.choices = choices;
      seen.choicesLine = line;
      return undefined;
    }
    if (seen.choicesKey === key) return undefined;
    return {
      column: this.column,
      value: team,
      message: `other choices than the same leader group on line ${seen.choicesLine}; every member of a group must list the same choices`,
      code: "team-choices",
      numbers: [seen.choicesLine],
    };
  }

  /** The row of `team` just seen is eligible. */
  eligible(team: string): void {
    this.seen.get(team)!.eligible++;
  }

  /** The warnings, in the order the groups first appear. */
  notes(): TeamNote[] {
    const notes: TeamNote[] = [];
    for (const [team, seen] of this.seen) {
      const base = { team, line: seen.line, column: this.column, members: seen.eligible };
      if (seen.rows === 1) {
        notes.push({ kind: "alone", ...base, seats: 0, ofClass: false });
        continue;
      }
      if (seen.eligible < 2) continue;
      const room = this.roomOf(seen.choices);
      if (seen.eligible > room.seats) notes.push({ kind: "too-big", ...base, ...room });
    }
    return notes;
  }

  /** The most members one class the group may be placed in can seat. */
  private roomOf(choices: readonly Choice[] | undefined): { seats: number; ofClass: boolean } {
    const classes = this.classes ?? [];
    if (classes.length === 0) return { seats: this.total, ofClass: false };
    let most = 0;
    if (choices === undefined) for (const c of classes) most = Math.max(most, c.seats);
    else
      for (const choice of choices)
        for (const k of choice.classes) most = Math.max(most, classes[k]!.seats);
    return most < this.total
      ? { seats: most, ofClass: true }
      : { seats: this.total, ofClass: false };
  }
}
