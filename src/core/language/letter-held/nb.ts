/**
 * The end of a waitlist letter's "the last places are held back" sentence
 * when a seat was held for a quota together with a minimum, or so that every
 * seat can be filled (HELD_FOR_MIN / HELD_FOR_QUOTA with `quotas`, `total`).
 */
import type { LetterWords } from "../letter-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;

export const heldAlso: LetterWords["waitlist"]["heldAlso"] = (quotas, total) => {
  const parts = [
    ...(quotas.length === 0
      ? []
      : [`for å fylle ${quotas.length === 1 ? "kvoten" : "kvotene"} for ${and(quotas)}`]),
    ...(total === null
      ? []
      : [
          total === 1
            ? "for at plassen skal kunne fylles"
            : `for at alle de ${total} plassene skal kunne fylles`,
        ]),
  ];
  return parts.length === 0 ? "" : `, og samtidig ${and(parts)}`;
};
