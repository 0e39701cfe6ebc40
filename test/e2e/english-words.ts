/**
 * The "no English word" search of the language tests: the words the English
 * language module writes, less those the tested language writes the same
 * way ("Program", "min"), looked for in a command's output. Codes (MERIT,
 * GROUP_FULL) are English identifiers for scripts by design and are taken
 * out before the search. `extra` adds texts of both languages to the words
 * compared (the input errors' words, worded from their samples).
 */
import { LANGUAGES, type Locale } from "../../src/core/language/index.js";

/** Every text a language module's decision and date words produce. */
const texts = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    // Most words take numbers and names; the few that take lists (the
    // targets a seat is held for together) are called with lists.
    try {
      return [String(value(1, 1, 1, 1))];
    } catch {
      return [String(value(["1"], ["1"], 1, 1))];
    }
  }
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
};

const wordsOf = (locale: Locale, extra: (locale: Locale) => string[]): Set<string> => {
  const { decision, dates, rules, cellProblems, list, warnings, schedule } = LANGUAGES[locale];
  const all = [
    ...texts([decision, dates, rules, cellProblems, list, warnings, schedule]),
    ...extra(locale),
  ].join(" ");
  return new Set((all.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w));
};

/** Words the tool wrote in English before, also outside the language module. */
const ALWAYS = ["applicants", "eligible", "waitlist", "summary", "seed", "seats", "quota"];

const englishWords = (locale: Locale, extra: (locale: Locale) => string[]): string[] => {
  const own = wordsOf(locale, extra);
  return [...new Set([...wordsOf("en", extra), ...ALWAYS])].filter((w) => !own.has(w));
};

const CODES = /\b[A-Z]+(?:_[A-Z]+)*\b(?=:|$|\s)/gm;

/** The English words of the tool's own in `text`, for a run in `locale`. */
export const englishIn = (
  text: string,
  locale: Locale,
  extra: (locale: Locale) => string[] = () => [],
): string[] => {
  const plain = text.replace(CODES, "");
  return englishWords(locale, extra).filter((w) =>
    new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "iu").test(plain),
  );
};
