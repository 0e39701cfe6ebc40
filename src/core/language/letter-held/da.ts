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
      : [`for at fylde ${quotas.length === 1 ? "kvoten" : "kvoterne"} for ${and(quotas)}`]),
    ...(total === null
      ? []
      : [
          total === 1
            ? "for at pladsen kan blive besat"
            : `for at alle ${total} pladser kan blive besat`,
        ]),
  ];
  return parts.length === 0 ? "" : `, og samtidig ${and(parts)}`;
};
