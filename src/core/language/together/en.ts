import type { TogetherWords } from "../decision-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

export const together: TogetherWords = {
  heldAlso: (mins, quotas, total) => {
    const parts = [
      ...(mins.length === 0
        ? []
        : [`the ${and(mins)} ${mins.length === 1 ? "minimum" : "minimums"}`]),
      ...(quotas.length === 0
        ? []
        : [`${quotas.length === 1 ? "quota" : "quotas"} ${and(quotas)}`]),
    ];
    const fill =
      total === null
        ? ""
        : total === 1
          ? "so that the seat can be filled"
          : `so that all ${total} seats can be filled`;
    if (parts.length === 0) return `and ${fill}`;
    return `and also for ${and(parts)}${fill ? `, and ${fill}` : ""}`;
  },
  quotaShortToo: (q, a, n) => `quota ${q} has no room for all of them either, ${a}/${n}`,
  openSeatsShortToo: (a, n) => `the open seats are not enough for all of them either, ${a}/${n}`,
  clauses: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`,
};
