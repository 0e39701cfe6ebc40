import type { TogetherWords } from "../decision-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;

export const together: TogetherWords = {
  heldAlso: (mins, quotas, total) => {
    const parts = [
      ...(mins.length === 0
        ? []
        : [`${mins.length === 1 ? "minimumsantallet" : "minimumsantallene"} for ${and(mins)}`]),
      ...(quotas.length === 0
        ? []
        : [`${quotas.length === 1 ? "kvoten" : "kvoterne"} ${and(quotas)}`]),
    ];
    const fill =
      total === null
        ? ""
        : total === 1
          ? "for at pladsen kan besættes"
          : `for at alle ${total} pladser kan besættes`;
    if (parts.length === 0) return `og samtidig ${fill}`;
    return `og samtidig til ${and(parts)}${fill ? `, og ${fill}` : ""}`;
  },
  quotaFullToo: (q, a, s) => `kvoten ${q} er også fuld, ${a}/${s}`,
  openSeatsFullToo: (a, s) => `pladserne til ansøgere uden for kvoterne er også besat, ${a}/${s}`,
  clauses: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}, og ${items.at(-1)}`,
};
