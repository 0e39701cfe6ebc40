/**
 * The words of decision letters (`cohort letters`) in one language: a default
 * template per outcome, and the sentences the templates' placeholders are
 * filled with. Templates are Mustache text (docs/commands/letters.md lists
 * the placeholders); a program can replace any of them with a file of its own.
 */

/** The outcomes a letter is written for: the outcomes of an allocation. */
export const LETTER_OUTCOMES = [
  "admitted",
  "waitlisted",
  "declined",
  "ineligible",
  "invalid",
] as const;

export type LetterOutcome = (typeof LETTER_OUTCOMES)[number];

/** One letter: its subject line and its body, both Mustache templates. */
export interface LetterTemplate {
  subject: string;
  /** Plain text; paragraphs are separated by an empty line, `- ` starts a list item. */
  body: string;
}

export interface LetterWords {
  /** Default template per outcome. */
  templates: Record<LetterOutcome, LetterTemplate>;
  /** The outcome in a few words, for `{{outcome}}`. */
  outcome: Record<LetterOutcome, string>;
  /** Why a qualified applicant is on the waitlist, one sentence per allocation reason. */
  waitlist: {
    /** quota: the quota's label, or null for the seats open to everyone. */
    groupFull: (quota: string | null) => string;
    /** value: the applicant's value of the spread field ("sor-ost (Region)" when there are several). */
    spreadCap: (value: string) => string;
    heldForMin: string;
    heldForQuota: string;
    /**
     * What a held seat is held for besides (a quota together with a
     * minimum, every seat to be filled), as a clause that ends the
     * heldForMin or heldForQuota sentence: ", and also to fill the X quota".
     * quotas: labels; total: T, or null.
     */
    heldAlso: (quotas: readonly string[], total: number | null) => string;
    seatsFull: string;
  };
  /** What is wrong with an application that could not be read, one item per problem. */
  problem: {
    missing: (column: string) => string;
    unreadable: (column: string, value: string) => string;
    duplicate: (column: string, value: string) => string;
    /** The row has the wrong number of cells. */
    row: string;
    /** The ranked choices name no class or site of the program, or one twice. */
    choice: (column: string, value: string) => string;
  };
}
