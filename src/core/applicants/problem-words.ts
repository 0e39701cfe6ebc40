import type { Language } from "../language/language.js";
import { LIST_MAX, LIST_SHOWN } from "../text/did-you-mean.js";
import type { CellProblem } from "./layout.js";

/** The language a problem is worded in: its problem words and its "or". */
export type ProblemLanguage = Pick<Language, "rules" | "teams"> & {
  decision: Pick<Language["decision"], "problems">;
};

/** A problem's text in `language`; the English message for problems without words of their own. */
const problemText = (p: CellProblem, language: ProblemLanguage | undefined): string => {
  if (!language || !p.code) return p.message;
  const w = language.decision.problems;
  switch (p.code) {
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
      const values = p.values;
      const or = language.rules.or;
      // A long list is cut as in English (see listOr): 10 values and a count.
      const listed =
        values.length <= 1
          ? (values[0] ?? "")
          : values.length > LIST_MAX
            ? `${values.slice(0, LIST_SHOWN).join(", ")} ${or} ${w.more(values.length - LIST_SHOWN)}`
            : `${values.slice(0, -1).join(", ")} ${or} ${values[values.length - 1]}`;
      return w.expected(w.oneOf(listed));
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
