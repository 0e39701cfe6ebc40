import type { TogetherWords } from "../decision-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;

export const together: TogetherWords = {
  heldAlso: (mins, quotas, total) => {
    const parts = [
      ...(mins.length === 0
        ? []
        : [`${mins.length === 1 ? "minstetallet" : "minstetallene"} for ${and(mins)}`]),
      ...(quotas.length === 0
        ? []
        : [`${quotas.length === 1 ? "kvoten" : "kvotene"} ${and(quotas)}`]),
    ];
    const fill =
      total === null
        ? ""
        : total === 1
          ? "for at plassen skal kunne fylles"
          : `for at alle ${total} plassene skal kunne fylles`;
    if (parts.length === 0) return `og samtidig ${fill}`;
    return `og samtidig til ${and(parts)}${fill ? `, og ${fill}` : ""}`;
  },
  quotaShortToo: (q, a, s) => `kvoten ${q} har heller ikke plass til alle, ${a}/${s}`,
  openSeatsShortToo: (a, s) => `de åpne plassene rekker heller ikke til alle, ${a}/${s}`,
  clauses: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}, og ${items.at(-1)}`,
};
