/**
 * What is wrong with a cell of the list, for the rarer problems: a date that
 * names no real day, an invisible character in an id, a workbook formula
 * whose value was never saved, a list of ranked choices that cannot be read.
 * (The common ones are ProblemWords in decision-words.ts.) Each language's
 * words live in cell-problems/<code>.ts. The words they get are quoted by
 * these functions, the language's way.
 */
export interface CellProblemWords {
  /** 2027-13-01: there is no month 13. */
  noMonth: (written: string, month: number) => string;
  /** 2027-02-30: February 2027 has 28 days. */
  noDay: (written: string, year: number, month: number, days: number) => string;
  /** An invisible character in the id (`codePoint` as U+200B), at a 1-based position. */
  invisible: (codePoint: string, position: number) => string;
  /** A workbook cell (C5) holding a formula whose value was never saved. */
  unsavedFormula: (ref: string, formula: string) => string;
  /**
   * A choice that names no class or site: the choices known (already joined
   * with the language's "or"), and the closest spelling when one is close.
   */
  choiceUnknown: (word: string, known: string, near: string | undefined) => string;
  /** The `any` words as the list of known choices quotes them. */
  anyWord: (word: string) => string;
  /**
   * A choice that adds no class the choices before it did not allow:
   * `earlier` are those choices, already written ("1 (Bergen)") and joined
   * with `and`; `count` how many.
   */
  choiceRepeated: (word: string, earlier: string, count: number) => string;
  /** One earlier choice in choiceRepeated: its number and how it was written. */
  earlierChoice: (n: number, word: string) => string;
  /** The last two items of a list: "1 and 2". */
  and: string;
  /** The choices are required and none is given. */
  choiceNone: string;
  /** Choice `empty` is empty while choice `given` (`word`) is filled in; the first choice column. */
  choiceGap: (empty: number, given: number, word: string, first: string) => string;
}
