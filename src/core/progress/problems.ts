/**
 * The problems of a filled roster as data: what is wrong (a code) and what
 * the words about it need (its params), at a row and a column. Nothing here
 * is worded: the words are the language's (roster-problem-words.ts), and
 * problem-text.ts puts them together; JSON's English `message` comes from the
 * English words.
 */
import type { FieldSpec } from "../program/schema.js";

/** What each code's words need. */
export interface RosterProblemParams {
  /** The id cell is empty. */
  "id-missing": Record<string, never>;
  /** The class cell is empty, or names no class of the intake: the intake's class ids. */
  "class-empty": { classes: string[] };
  "class-unknown": { classes: string[] };
  /** A module cell filled in for a participant whose class does not have the module. */
  "module-not-in-class": Record<string, never>;
  /** A one-day module's cell that is not yes or no. */
  "one-day": Record<string, never>;
  /** A cell of a module of several days that is not a number of days from 0 to `days`, nor yes or no. */
  days: { days: number };
  /** A record cell that does not read as its field's type (an enum's values given). */
  field: { type: FieldSpec["type"]; values?: string[] };
  /** A header that starts with a date but matches none of the modules' headers. */
  "column-unknown": { modules: string[] };
  /** The participant has rows at every one of `rows`. */
  duplicate: { rows: number[] };
  /** With --audit: `id` is not admitted in the record `file`. */
  "not-admitted": { id: string; file: string };
  /** With --audit: the record `file` places `id` in class `placed` (label `recorded`), the roster in `own`. */
  "other-class": { id: string; file: string; placed: string; own: string; recorded: string };
}

export type RosterProblemCode = keyof RosterProblemParams;

/** A code with its params. */
export type CodedProblem = {
  [C in RosterProblemCode]: { code: C; params: RosterProblemParams[C] };
}[RosterProblemCode];

/**
 * What is wrong, by kind (the JSON's stable `kind`): a cell that does not
 * read, a participant's second row, a column of no module, a participant the
 * audit record does not admit (or places in another class).
 */
export type RosterProblemKind = "cell" | "duplicate" | "column" | "not-admitted" | "other-class";

/** A problem of the roster at a row (the header's for a column problem) and a column, both 1-based. */
export type RosterProblem = CodedProblem & {
  kind: RosterProblemKind;
  line: number;
  column: number;
  header: string;
  value: string;
};
