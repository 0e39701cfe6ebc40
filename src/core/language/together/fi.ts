import type { TogetherWords } from "../decision-words.js";

const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ja ${items.at(-1)}`;

// Quota labels and values are the program's names: they stand in apposition
// ("arvon X", "kiintiölle X"), where no inflection is needed.
export const together: TogetherWords = {
  heldAlso: (mins, quotas, total) => {
    const parts = [
      ...(mins.length === 0
        ? []
        : [
            mins.length === 1
              ? `arvon ${mins[0]} vähimmäismäärää varten`
              : `arvojen ${and(mins)} vähimmäismääriä varten`,
          ]),
      ...(quotas.length === 0
        ? []
        : [`${quotas.length === 1 ? "kiintiölle" : "kiintiöille"} ${and(quotas)}`]),
    ];
    if (total !== null)
      parts.push(
        total === 1 ? "paikan täyttämistä varten" : `kaikkien ${total} paikan täyttämistä varten`,
      );
    return `ja samalla ${and(parts)}`;
  },
  quotaShortToo: (q, a, s) => `myöskään kiintiössä ${q} ei ole tilaa kaikille, ${a}/${s}`,
  openSeatsShortToo: (a, s) => `myöskään avoimet paikat eivät riitä kaikille, ${a}/${s}`,
  // A clause ends in its count ("6/6"): a semicolon keeps the clauses apart.
  clauses: (items) => items.join("; "),
};
