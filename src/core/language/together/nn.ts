import type { TogetherWords } from "../decision-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;

export const together: TogetherWords = {
  heldAlso: (mins, quotas, total) => {
    const parts = [
      ...(mins.length === 0
        ? []
        : [`${mins.length === 1 ? "minstetalet" : "minstetala"} for ${and(mins)}`]),
      ...(quotas.length === 0
        ? []
        : [`${quotas.length === 1 ? "kvoten" : "kvotane"} ${and(quotas)}`]),
    ];
    const fill =
      total === null
        ? ""
        : total === 1
          ? "for at plassen skal kunne fyllast"
          : `for at alle ${total} plassane skal kunne fyllast`;
    if (parts.length === 0) return `og samstundes ${fill}`;
    return `og samstundes til ${and(parts)}${fill ? `, og ${fill}` : ""}`;
  },
  quotaShortToo: (q, a, s) => `kvoten ${q} har heller ikkje plass til alle, ${a}/${s}`,
  openSeatsShortToo: (a, s) => `dei opne plassane rekk heller ikkje til alle, ${a}/${s}`,
  clauses: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}, og ${items.at(-1)}`,
};
