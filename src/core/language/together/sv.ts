import type { TogetherWords } from "../decision-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;

export const together: TogetherWords = {
  heldAlso: (mins, quotas, total) => {
    const parts = [
      ...(mins.length === 0
        ? []
        : [`${mins.length === 1 ? "minimiantalet" : "minimiantalen"} för ${and(mins)}`]),
      ...(quotas.length === 0
        ? []
        : [`${quotas.length === 1 ? "kvoten" : "kvoterna"} ${and(quotas)}`]),
    ];
    const fill =
      total === null
        ? ""
        : total === 1
          ? "för att platsen ska kunna fyllas"
          : `för att alla ${total} platser ska kunna fyllas`;
    if (parts.length === 0) return `och samtidigt ${fill}`;
    return `och samtidigt för ${and(parts)}${fill ? `, och ${fill}` : ""}`;
  },
  quotaShortToo: (q, a, s) => `kvoten ${q} har inte heller plats för alla, ${a}/${s}`,
  openSeatsShortToo: (a, s) => `de öppna platserna räcker inte heller till alla, ${a}/${s}`,
  clauses: (items) =>
    items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")}, och ${items.at(-1)}`,
};
