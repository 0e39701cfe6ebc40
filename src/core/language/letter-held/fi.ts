/**
 * The end of a waitlist letter's "the last places are held back" sentence
 * when a seat was held for a quota together with a minimum, or so that every
 * seat can be filled (HELD_FOR_MIN / HELD_FOR_QUOTA with `quotas`, `total`).
 * Quota labels are the program's names, in apposition ("kiintiön X"), where
 * no inflection is needed.
 */
import type { LetterWords } from "../letter-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ja ${items.at(-1)}`;

export const heldAlso: LetterWords["waitlist"]["heldAlso"] = (quotas, total) => {
  const parts = [
    ...(quotas.length === 0
      ? []
      : [`${quotas.length === 1 ? "kiintiön" : "kiintiöiden"} ${and(quotas)} täyttämiseen`]),
    ...(total === null
      ? []
      : [
          total === 1
            ? "siihen, että paikka saadaan täytettyä"
            : `siihen, että kaikki ${total} paikkaa saadaan täytettyä`,
        ]),
  ];
  return parts.length === 0 ? "" : `, ja lisäksi ${and(parts)}`;
};
