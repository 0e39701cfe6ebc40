/**
 * The words of check and allocate results in one language: verdicts and
 * outcomes, the reason for every allocation outcome, warnings about what the
 * rules cannot reach, and the labels of tables, summaries and workbooks.
 * Codes (`MERIT`, `GROUP_FULL`), JSON keys and CSV headers stay English
 * identifiers for scripts; these are the words beside them.
 *
 * Quota labels and field values are names the program chose: sentences put
 * them where no inflection is needed (Finnish apposition: "kiintiö X").
 */

export interface VerdictWords {
  eligible: string;
  ineligible: string;
  invalid: string;
}

export interface OutcomeWords {
  admitted: string;
  waitlisted: string;
  declined: string;
  ineligible: string;
  invalid: string;
}

/** One sentence per allocation code; counts are written as "3/20". */
export interface ReasonWords {
  /** MERIT in a quota. */
  admittedQuota: (quota: string, rank: number) => string;
  /** MERIT on a seat outside the quotas. */
  admittedOpen: (rank: number) => string;
  /** MERIT on a seat another quota could not fill (`from` when known). */
  admittedTransferred: (rank: number, from: string | null) => string;
  /** GROUP_FULL for the seats outside the quotas. */
  openSeatsFull: (admitted: number, seats: number) => string;
  /** GROUP_FULL for a quota; `extra` transferred seats taken beyond its own. */
  quotaFull: (quota: string, admitted: number, seats: number, extra: number) => string;
  spreadCap: (value: string, admitted: number, max: number) => string;
  /** HELD_FOR_MIN; `values` names every minimum the seat is held for when more than one. */
  heldForMin: (value: string, admitted: number, min: number, values: readonly string[]) => string;
  heldForQuota: (quota: string, admitted: number, target: number) => string;
  /** SEATS_FULL while seats are still held for quotas and minimums. */
  seatsHeld: (admitted: number, total: number) => string;
  seatsFull: (admitted: number, total: number) => string;
  /** CLASS_FULL: the chosen class or site has no seat left beside those admitted before (the choice is named before it). */
  classFull: (admitted: number, seats: number) => string;
  /** Where an admitted applicant of an intake with classes is placed: the class's label, the choice met, of how many. */
  placed: (classLabel: string, choice: number, of: number) => string;
  /** The words for a choice of any class. */
  anyClass: string;
  declined: string;
  /** The failed rules of an ineligible applicant, joined with "; ". */
  notEligible: (reasons: string) => string;
  /** What is wrong with a row of the list. */
  invalidRow: (line: number, problems: string) => string;
  /** The group of seats outside the quotas, where a quota label would stand. */
  openSeats: string;
  /**
   * A spread value with its field's label, where a program spreads more than
   * one field ("Nord (Region)"); with one field the value stands alone.
   */
  valueOfField: (value: string, field: string) => string;
  /** Where several constraints decided together. */
  together: TogetherWords;
}

/**
 * A reason where constraints decided together names each one: a seat held
 * for minimums of several fields, for a minimum and a quota, or so that every
 * seat can be filled as well; a leader group whose members would pass more
 * than one quota. These are the words after the first constraint's sentence
 * (`heldForMin`, `heldForQuota`, `quotaFull`, `openSeatsFull`), which stays
 * as it is when one constraint decided.
 */
export interface TogetherWords {
  /**
   * After ", ": the other targets the seat is held for at the same time, the
   * minimums (values, with their field's label where the program spreads
   * several fields) and quotas (labels) in that order, either list possibly
   * empty; `total` the seats to fill when filling them decided too, else null.
   */
  heldAlso: (mins: readonly string[], quotas: readonly string[], total: number | null) => string;
  /**
   * Another quota whose seats a leader group's members would pass: it has no
   * room for all of them either (its admitted and seats, as "5/6").
   */
  quotaShortToo: (quota: string, admitted: number, seats: number) => string;
  /**
   * The open seats (outside the quotas, and under transfer the quota seats
   * their groups leave) are too few for the members who need one too: taken
   * of all.
   */
  openSeatsShortToo: (taken: number, seats: number) => string;
  /** Joins the first constraint's clause and the others': "A, og B". */
  clauses: (items: readonly string[]) => string;
}

/** Warnings when the rules cannot all be met by the eligible applicants. */
export interface RelaxationWords {
  minWithOthers: (subject: string, wanted: number, reachable: number) => string;
  minFromPool: (subject: string, wanted: number, reachable: number) => string;
  quotaWithOthers: (quota: string, wanted: number, reachable: number) => string;
  quotaFromPool: (quota: string, wanted: number, reachable: number) => string;
  seatsUnfilled: (wanted: number, reachable: number) => string;
  keptOverLimit: (subject: string, reachable: number, wanted: number) => string;
}

/** Column headers and headings of the terminal tables. */
export interface TableWords {
  applicant: string;
  line: string;
  verdict: string;
  why: string;
  rank: string;
  quota: string;
  reason: string;
  /** Waitlist place within the quota group. */
  inQuota: string;
  whyNotYet: string;
  /** After the id of an applicant a top-up newly offered a seat. */
  newlyOfferedMark: string;
  admittedHeading: (n: number) => string;
  waitlistHeading: (n: number) => string;
  invalidHeading: (n: number) => string;
  empty: string;
  noId: string;
  /** A spread value that is empty. */
  noValue: string;
  nobody: string;
  declinedLine: (declined: string, offered: string) => string;
  classColumn: string;
  choiceColumn: string;
  /** Heading of one class's block of the admitted: label, site, admitted, seats. */
  classHeading: (label: string, site: string, admitted: number, seats: number) => string;
}

/** Counts and lines of the summaries (end of a table, and stderr). */
export interface SummaryWords {
  applicants: (n: number) => string;
  eligible: (n: number) => string;
  ineligible: (n: number) => string;
  invalid: (n: number) => string;
  /** Rows empty in every cell that were skipped (said only when there were any). */
  emptyRows: (n: number) => string;
  admitted: (n: number) => string;
  waitlisted: (n: number) => string;
  declined: (n: number) => string;
  transferred: (n: number) => string;
  /** Heading of the allocate table's summary. */
  seats: (admitted: number, seats: number) => string;
  /** The stderr line's start. */
  seatsFilled: (admitted: number, seats: number) => string;
  atMost: (target: number) => string;
  perQuota: string;
  perValue: (field: string) => string;
  perClass: string;
  min: string;
  max: string;
  warning: string;
  seed: string;
  seedFromHashes: string;
  newlyOffered: (ids: string) => string;
  /** A column to carry into the results that the list lacks: it is written empty. */
  missingCarried: (column: string) => string;
}

/** Sheet names (at most 31 characters) and labels of the check and allocate workbooks. */
export interface WorkbookWords {
  admittedSheet: string;
  waitlistSheet: string;
  notAdmittedSheet: string;
  summarySheet: string;
  applicant: string;
  outcome: string;
  quota: string;
  rank: string;
  waitlist: string;
  waitlistInQuota: string;
  code: string;
  reason: string;
  program: string;
  seed: string;
  seats: string;
  admitted: string;
  transferred: string;
  min: string;
  max: string;
  warning: string;
  class: string;
  choice: string;
  choices: string;
  site: string;
  /** check's sheet of every applicant, and its columns beside applicant and reason. */
  applicantsSheet: string;
  line: string;
  verdict: string;
  problems: string;
  /** Summary labels: the counts of applicants, verdicts, outcomes and skipped rows. */
  applicants: string;
  eligible: string;
  ineligible: string;
  invalid: string;
  waitlisted: string;
  declined: string;
  emptyRows: string;
}

/** `check --explain`: the rule tree of one applicant. */
export interface ExplainWords {
  heading: (program: string, id: string, line: number) => string;
  invalid: (program: string, id: string, line: number) => string;
  pass: string;
  fail: string;
  value: string;
  rule: string;
}

/**
 * What is wrong with a cell of the list, for the common problems: a value
 * that does not read as its type, a required value or the id missing. The
 * rarer ones (an impossible date, an invisible character, an unsaved
 * formula, a bad list of choices) are CellProblemWords (cell-problem-words.ts).
 */
export interface ProblemWords {
  /** "expected a number (…)": `what` is one of `kinds` or `oneOf(values)`. */
  expected: (what: string) => string;
  kinds: Record<"boolean" | "number" | "date" | "datetime" | "enum" | "string", string>;
  /** An enum's values, already joined with the language's "or". */
  oneOf: (values: string) => string;
  required: string;
  idMissing: string;
  /** A row with another number of cells than the header. */
  rowWidth: (cells: number, header: number) => string;
  /** An id on an earlier line too. */
  duplicateId: (line: number) => string;
  /** The end of a long list of values: "and 19,990 more". */
  more: (n: number) => string;
}

export interface DecisionWords {
  problems: ProblemWords;
  verdicts: VerdictWords;
  outcomes: OutcomeWords;
  reasons: ReasonWords;
  relaxations: RelaxationWords;
  tables: TableWords;
  summary: SummaryWords;
  workbook: WorkbookWords;
  explain: ExplainWords;
}

/** A calendar date inside a sentence, the local way: "12. april 2027", "12 april 2027". */
export type DateWords = (year: number, month: number, day: number) => string;
