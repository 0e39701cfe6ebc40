/**
 * The "no English word of the tool's own" search the language tests share:
 * the English words are those the English language module writes (its
 * `parts`), less the words the tested language writes the same way
 * ("Program", "min"). Codes (MERIT, GROUP_FULL) are English identifiers for
 * scripts by design and are taken out before the search. `extra` adds texts
 * of both languages to the words compared (the input errors' words, worded
 * from their samples).
 */

import { LANGUAGES, type Locale } from "../../src/core/language/index.js";
import type { Language } from "../../src/core/language/language.js";

/** Every text a language module's words produce. */
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

/** The parts of a language check, allocate, list and schedule write. */
export const DECISION_PARTS: readonly (keyof Language)[] = [
  "decision",
  "dates",
  "rules",
  "cellProblems",
  "list",
  "warnings",
  "schedule",
];

type Extra = (locale: Locale) => string[];

const wordsOf = (locale: Locale, parts: readonly (keyof Language)[], extra: Extra): Set<string> => {
  const language = LANGUAGES[locale];
  const all = [...texts(parts.map((p) => language[p])), ...extra(locale)].join(" ");
  return new Set(all.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
};

/** Words the tool wrote in English before, also outside the language module. */
const ALWAYS = ["applicants", "eligible", "waitlist", "summary", "seed", "seats", "quota"];

/** The English words a text in `locale` must not hold. */
export const englishWords = (
  locale: Locale,
  parts: readonly (keyof Language)[] = DECISION_PARTS,
  extra: Extra = () => [],
): string[] => {
  const own = wordsOf(locale, parts, extra);
  return [...new Set([...wordsOf("en", parts, extra), ...ALWAYS])].filter((w) => !own.has(w));
};

const CODES = /\b[A-Z]+(?:_[A-Z]+)*\b(?=:|$|\s)/gm;

/** The English words of the tool's own found in `text`, a text that should be in `locale`. */
export const englishIn = (
  text: string,
  locale: Locale,
  parts: readonly (keyof Language)[] = DECISION_PARTS,
  extra: Extra = () => [],
): string[] => {
  const plain = text.replace(CODES, "");
  return englishWords(locale, parts, extra).filter((w) =>
    new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "iu").test(plain),
  );
};
