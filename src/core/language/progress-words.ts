/**
 * The words of rosters and progress (`cohort roster`, `cohort progress`) in
 * one language: the roster's headers, the statuses, and each unmet
 * requirement as a sentence. Each language's words live in progress/<code>.ts.
 */

export const PROGRESS_STATUSES = [
  "completed",
  "on-track",
  "at-risk",
  "not-completed",
  "invalid",
] as const;

export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface ProgressWords {
  /** Headers of the roster columns cohort adds. */
  roster: {
    class: string;
    site: string;
    /** Sheet name of the roster workbook (at most 31 characters). */
    sheet: string;
    /** How a one-day module's cell is filled: "ja/nei". */
    yesNo: string;
    /** How a module of several days is filled: "dager, av 3". */
    daysOf: (days: number) => string;
  };
  status: Record<ProgressStatus, string>;
  unmet: {
    /** Attended `actual` of the modules counted; `needed` required. */
    modules: (actual: number, needed: number, total: number) => string;
    days: (actual: number, needed: number, total: number) => string;
    /** Shares in per cent, rounded for people. */
    percent: (actual: string, needed: string) => string;
    /** The mandatory modules not attended, by title. */
    mandatory: (titles: readonly string[]) => string;
    /** Appended when the requirement can no longer be met: the most that can still be reached. */
    outOfReach: (possible: string) => string;
    /** A rule over the record that does not hold: the requirement's text and the rule's reasons. */
    rule: (text: string, reasons: readonly string[]) => string;
    /** A cell of the participant's row that could not be read (the details go to stderr, located). */
    cell: (header: string, value: string) => string;
    /** The participant has more than one row. */
    duplicate: (rows: readonly number[]) => string;
    /** The participant is not admitted in the audit record checked against (`--audit`). */
    notAdmitted: string;
    /** The audit record places the participant in another class (its label). */
    otherClass: (recorded: string) => string;
  };
  /** A requirement without attendance or rule. */
  byHand: string;
  tables: {
    participant: string;
    status: string;
    unmet: string;
    module: string;
    date: string;
    attended: string;
    recorded: string;
    participants: string;
    requirement: string;
    participantsSheet: string;
    modulesSheet: string;
  };
  summary: (counts: Record<ProgressStatus, number>, asOf: string) => string;
}
