/**
 * A roster as data: one entry per admitted participant of an audit record,
 * in the record's order, grouped by class; the columns to write come from
 * columns.ts, so that `cohort progress` reads back what was written.
 */
import type { Program } from "../program/schema.js";
import type { ModuleColumn } from "./columns.js";
import type { Group } from "./groups.js";

export interface RosterEntry {
  id: string;
  /** The carried columns' cells, in the order of `RosterDocument.carried`. */
  carried: string[];
  /** Index in `groups`. */
  group: number;
}

export interface RosterDocument {
  program: Program;
  idColumn: string;
  /** Headers of the carried columns (applicants.carry, e-mail, name). */
  carried: string[];
  /** Whether the roster has class and site columns: the record places participants in classes. */
  classes: boolean;
  groups: Group[];
  modules: ModuleColumn[];
  /** The record fields' columns, in the program's order. */
  fields: { field: string; column: string }[];
  /** Grouped by class in the intake's class order, in the record's order within a class. */
  entries: RosterEntry[];
}

/** Entries grouped by class, each class in the order of the intake, the record's order kept inside. */
export const groupEntries = (entries: readonly RosterEntry[]): RosterEntry[] =>
  entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.group - b.e.group || a.i - b.i)
    .map(({ e }) => e);
