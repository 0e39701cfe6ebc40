/**
 * What is wrong with a filled roster that `cohort progress` reads back (and
 * `cohort letters --progress`), in one language, and the line `cohort
 * roster` writes on stderr. Each language's words live in
 * roster-problems/<code>.ts; problem codes and their params are in
 * core/progress/problems.ts, and core/progress/problem-text.ts puts them
 * together. Lists come already quoted (`quote`) and joined the language's way.
 */
export interface RosterProblemWords {
  /** A word of the roster quoted the language's way: «oslo», ”oslo”, »oslo«. */
  quote: (text: string) => string;
  /** The participant's id cell is empty. */
  idMissing: string;
  /** The class cell is empty: the intake's classes, joined with the language's "or". */
  classEmpty: (classes: string) => string;
  /** The class cell names no class of the intake: its classes, joined with "or". */
  classUnknown: (classes: string) => string;
  /** A module cell filled in for a participant whose class does not have the module. */
  moduleNotInClass: string;
  /** A one-day module's cell that is neither yes nor no: how yes and no may be written. */
  oneDay: (booleans: string) => string;
  /** A cell of a module of `days` days that is not a number of days from 0 to `days`, nor yes or no. */
  days: (days: number) => string;
  /** A header that starts with a date but is no module's: the modules' headers, joined with "or". */
  columnUnknown: (modules: string) => string;
  /** The participant has more than one row: the rows, joined with "and". */
  duplicate: (rows: string) => string;
  /** With --audit: the participant is not admitted in the audit record `file`. */
  notAdmitted: (id: string, file: string) => string;
  /** With --audit: the record `file` places the participant in class `placed`, the roster in `own`. */
  otherClass: (id: string, file: string, placed: string, own: string) => string;
  /**
   * `cohort roster`'s line on stderr: `participants` written to `target`,
   * how many per class (classCount, joined with ", "; empty without
   * classes), and how many module columns there are to fill in.
   */
  written: (participants: number, target: string, perClass: string, modules: number) => string;
  classCount: (cls: string, participants: number) => string;
}
