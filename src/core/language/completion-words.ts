/**
 * The words of completion letters (`cohort letters PROGRAM --progress
 * RECORDS`) in one language: a default template per standing, and the
 * sentences saying what is still possible. The unmet requirements are worded
 * by the progress words, so a letter says exactly what `cohort progress`
 * says. Each language's words live in completion/<code>.ts.
 */
import type { LetterTemplate } from "./letter-words.js";

/**
 * The standings a completion letter is written for, in the order the letters
 * are listed. `on-track` letters are written only when asked for (`--all`);
 * a participant whose row could not be read gets none.
 */
export const COMPLETION_OUTCOMES = ["completed", "at-risk", "not-completed", "on-track"] as const;

export type CompletionOutcome = (typeof COMPLETION_OUTCOMES)[number];

export interface CompletionWords {
  /** Default template per standing: a course certificate for `completed`, a reminder for `at-risk`. */
  templates: Record<CompletionOutcome, LetterTemplate>;
  /** What is still possible for a requirement not yet met but within reach, one sentence each. */
  possible: {
    /** `more` of the `open` modules still to come must be attended (`more` <= `open`). */
    modules: (text: string, more: number, open: number) => string;
    /** `more` of the `open` days still to come must be attended. */
    days: (text: string, more: number, open: number) => string;
    /** The mandatory modules still to come, by title, must all be attended. */
    mandatory: (text: string, titles: readonly string[]) => string;
    /** A rule over the record (an approved project, credits) that can still be met before the end. */
    rule: (text: string) => string;
  };
  /** Days attended of a module of several days, for `{{attendance}}`: "2 av 3 dager". */
  daysAttended: (attended: number, days: number) => string;
}
