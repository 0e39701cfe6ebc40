/**
 * What `cohort letters` tells the coordinator on stderr, in one language:
 * warnings about the inputs (a carried column or an e-mail address missing,
 * a certificate without a name) and the closing lines (letters written, who
 * got none, what a certificate does not vouch for). Each language's words
 * live in letter-notes/<code>.ts. Words from the inputs come unquoted; these
 * functions quote them the language's way.
 */
export interface LetterNoteWords {
  /** After a warning's file and row: the column it is about. */
  column: (column: string) => string;
  /** The list (decision letters) or roster (completion letters) lacks a carried column. */
  columnMissing: (input: "list" | "roster", column: string) => string;
  /** The program names no e-mail column (applicants.email). */
  noEmailColumn: string;
  /** A participant or applicant without an e-mail address. */
  noAddress: (id: string) => string;
  /** A cell that is not one e-mail address (at most 80 characters of it). */
  badAddress: (id: string, cell: string) => string;
  /** The program names no name column (applicants.name) and there are certificates. */
  noNameColumn: string;
  /** A certificate's holder without a name. */
  noName: (id: string) => string;
  /**
   * The closing line: `letters` written into `folder`, how many of each
   * outcome or standing (`count`s joined with ", "; may be empty), and how
   * many have no recipient (0: nothing said).
   */
  written: (letters: number, folder: string, counts: string, withoutRecipient: number) => string;
  /** One outcome or standing in the closing line: "5 tatt opp". */
  count: (n: number, what: string) => string;
  /** Completion letters: who got none (the reasons below, joined with ", "). */
  noLetter: (who: string) => string;
  /** On-track participants get a letter only with --all. */
  onTrack: (n: number, status: string) => string;
  /** Participants whose row could not be read (their problems are printed above). */
  unreadable: (n: number) => string;
  /** Requirements checked by hand (ids, joined with ", "), which a certificate does not vouch for. */
  byHand: (ids: string) => string;
  /**
   * A run in another language (`letters --lang`) passed over the program's
   * own template files `names` (`admitted.txt`, …): they are in the
   * program's language `own`, the letters in `run`, so `run`'s defaults were
   * used; a language's own go in `folder`.
   */
  passedOver: (names: readonly string[], own: string, run: string, folder: string) => string;
}
