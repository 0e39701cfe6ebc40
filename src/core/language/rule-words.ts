/**
 * The words eligibility rules are described with, in one language. One table
 * in two styles, both read by the one describer (src/core/rules/describe.ts):
 * `reason` for check reasons and explanations, written next to an applicant's
 * value and quoting values as the list writes them ("Leder siden er på eller
 * etter 2026-04-15", "score ≥ 50"); `page` for the program page, prose with
 * calendar dates ("Leder siden er tidligst 15. april 2026", "a, b eller c").
 */

/** A field test as a sentence: the field's label and the operand as written. */
export type Sentence = (field: string, value: string) => string;

export interface RulePhrases {
  /** An `all` group: the prefix of a reason ("alle: …") or the heading of a list on the page. */
  all: string;
  any: string;
  not: string;
  is: Sentence;
  oneOf: Sentence;
  noneOf: Sentence;
  gte: Sentence;
  gt: Sentence;
  lte: Sentence;
  lt: Sentence;
  onOrBefore: Sentence;
  onOrAfter: Sentence;
  present: (field: string) => string;
  absent: (field: string) => string;
}

export interface RuleWords {
  /** Boolean values, in both styles. */
  yes: string;
  no: string;
  /** Joins the last two values of a list on the page: "a, b eller c". */
  or: string;
  /** An applicant's empty cell, in explanations. */
  missing: string;
  reason: RulePhrases;
  page: RulePhrases;
}

/** Reasons compare numbers with symbols, the same in every language. */
export const COMPARISON_SYMBOLS: Pick<RulePhrases, "gte" | "gt" | "lte" | "lt"> = {
  gte: (f, v) => `${f} ≥ ${v}`,
  gt: (f, v) => `${f} > ${v}`,
  lte: (f, v) => `${f} ≤ ${v}`,
  lt: (f, v) => `${f} < ${v}`,
};
