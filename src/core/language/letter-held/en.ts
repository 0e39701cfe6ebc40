/**
 * The end of a waitlist letter's "the last places are held back" sentence
 * when a seat was held for a quota together with a minimum, or so that every
 * seat can be filled (HELD_FOR_MIN / HELD_FOR_QUOTA with `quotas`, `total`).
 */
import type { LetterWords } from "../letter-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export const heldAlso: LetterWords["waitlist"]["heldAlso"] = (quotas, total) => {
  const parts = [
    ...(quotas.length === 0
      ? []
      : [`to fill the ${and(quotas)} ${quotas.length === 1 ? "quota" : "quotas"}`]),
    ...(total === null
      ? []
      : [
          total === 1
            ? "to make sure the place can be filled"
            : `to make sure all ${total} places can be filled`,
        ]),
  ];
  return parts.length === 0 ? "" : `, and also ${and(parts)}`;
};
