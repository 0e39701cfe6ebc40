import type { Language } from "../language/language.js";
import { LIST_MAX, LIST_SHOWN } from "../text/did-you-mean.js";
import type { CellProblem } from "./layout.js";

/** The language a problem is worded in: its problem words and its "or". */
export type ProblemLanguage = Pick<Language, "rules" | "teams" | "cellProblems"> & {
  decision: Pick<Language["decision"], "problems">;
};

/** "a, b or c" with `or`, a long list cut as in English (see listOr): 10 items and a count. */
export const joined = (
  items: readonly string[],
  or: string,
  more: (n: number) => string,
): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : items.length > LIST_MAX
      ? `${items.slice(0, LIST_SHOWN).join(", ")} ${or} ${more(items.length - LIST_SHOWN)}`
      : `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;

const codePoint = (n: number): string => `U+${n.toString(16).toUpperCase().padStart(4, "0")}`;

/** A problem's text in `language`; the English message for problems without words of their own. */
const problemText = (p: CellProblem, language: ProblemLanguage | undefined): string => {
  if (!language || !p.code) return p.message;
  const w = language.decision.problems;
  const c = language.cellProblems;
  const n = p.numbers ?? [];
  const words = p.words ?? [];
  switch (p.code) {
    case "no-month":
      return c.noMonth(words[0] ?? "", n[0] ?? 0);
    case "no-day":
      return c.noDay(words[0] ?? "", n[0] ?? 0, n[1] ?? 1, n[2] ?? 0);
    case "invisible":
      return c.invisible(codePoint(n[0] ?? 0), n[1] ?? 0);
    case "unsaved-formula":
      return c.unsavedFormula(words[0] ?? "", words[1] ?? "");
    case "choice-unknown": {
      const known = [...(p.values ?? []), ...words.slice(2).map(c.anyWord)];
      return c.choiceUnknown(
        words[0] ?? "",
        joined(known, language.rules.or, w.more),
        words[1] || undefined,
      );
    }
    case "choice-repeated": {
      const earlier = n.map((k, i) => c.earlierChoice(k, words[i + 1] ?? ""));
      return c.choiceRepeated(words[0] ?? "", joined(earlier, c.and, w.more), n.length);
    }
    case "choice-none":
      return c.choiceNone;
    case "choice-gap":
      return c.choiceGap(n[0] ?? 0, n[1] ?? 0, words[0] ?? "", words[1] ?? "");
    case "required":
      return w.required;
    case "id-missing":
      return w.idMissing;
    case "row-width":
      return w.rowWidth(p.numbers?.[0] ?? 0, p.numbers?.[1] ?? 0);
    case "duplicate-id":
      return w.duplicateId(p.numbers?.[0] ?? 0);
    case "team-choices":
      return language.teams.choicesDiffer(p.numbers?.[0] ?? 0);
    case "expected": {
      if (p.type !== "enum" || !p.values) return w.expected(w.kinds[p.type ?? "string"]);
      return w.expected(w.oneOf(joined(p.values, language.rules.or, w.more)));
    }
  }
};

/**
 * The sentence for one cell problem: `column: message ("value")`, in the
 * run's language when given (English otherwise). CSV cells leave the value
 * unquoted (`quote: false`), as quotes there are doubled.
 */
export const describeProblem = (
  p: CellProblem,
  { quote = true, language }: { quote?: boolean; language?: ProblemLanguage } = {},
): string =>
  `${p.column ? `${p.column}: ` : ""}${problemText(p, language)}${p.value ? (quote ? ` ("${p.value}")` : ` (${p.value})`) : ""}`;
