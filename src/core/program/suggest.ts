/**
 * Did-you-mean for names in program files, skipped for words far longer than
 * any name: the edit distance takes memory for every pair of characters, so
 * a 4-million-character key took minutes and gigabytes to get no suggestion.
 */
import { didYouMean } from "../text/did-you-mean.js";

/** Longer than any key, field, value or date name a program has. */
export const MAX_SUGGESTED_LENGTH = 200;

export const suggest = (word: string, candidates: Iterable<string>): string =>
  word.length > MAX_SUGGESTED_LENGTH ? "" : didYouMean(word, candidates);
