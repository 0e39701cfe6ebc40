/**
 * Why a declined list cannot be applied, as an input problem
 * ("declines-refused", worded by src/core/language/input-errors/): each id
 * that never held a seat, by line, the first ones shown and the rest counted.
 */
import type { RefusalWhy, RefusedDecline } from "../../core/decision/declines.js";
import type { InputProblemOf } from "../../core/input-problems.js";
import { inputProblemWords } from "../../core/language/input-error-words.js";
import { inputErrors } from "../../core/language/input-errors/en.js";

/** The order the rest are counted in. */
const ORDER: readonly RefusalWhy[] = ["waitlisted", "ineligible", "invalid", "absent"];

/**
 * Ids shown one by one; the rest are counted. A wrong file (the applicant
 * list itself, a million lines) must give a message a terminal can show.
 */
export const REFUSED_SHOWN = 20;

export const refusedDeclines = (
  file: string,
  refused: readonly RefusedDecline[],
): InputProblemOf<"declines-refused"> => {
  const counts = new Map<RefusalWhy, number>();
  for (const r of refused.slice(REFUSED_SHOWN)) counts.set(r.why, (counts.get(r.why) ?? 0) + 1);
  return {
    code: "declines-refused",
    file,
    shown: refused.slice(0, REFUSED_SHOWN).map(({ id, line, why }) => ({ id, line, why })),
    more: ORDER.filter((why) => counts.has(why)).map((why) => ({ why, count: counts.get(why)! })),
  };
};

/** The English words of refusedDeclines (the error's message). */
export const refusedDeclinesText = (file: string, refused: readonly RefusedDecline[]): string =>
  inputProblemWords(inputErrors, refusedDeclines(file, refused));
