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
  quotaShortToo: (q, a, s) => `kvoten ${q} har heller ikke plads til alle, ${a}/${s}`,
  openSeatsShortToo: (a, s) => `de åbne pladser rækker heller ikke til alle, ${a}/${s}`,
  clauses: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}, og ${items.at(-1)}`,
};
