/**
 * A roster problem in words: its code and params put into the sentence of a
 * language (roster-problems/<code>.ts). The English words are the `message`
 * JSON keeps for scripts; people read the run's language.
 */
import { joined } from "../applicants/problem-words.js";
import type { Language } from "../language/language.js";
import type { RosterProblem } from "./problems.js";

/** The words a roster problem is put in: its own, and the "or", "and" and value kinds of check's problems. */
export type RosterProblemLanguage = Pick<Language, "rosterProblems" | "rules" | "cellProblems"> & {
  decision: Pick<Language["decision"], "problems">;
};

export const rosterProblemText = (p: RosterProblem, language: RosterProblemLanguage): string => {
  const w = language.rosterProblems;
  const { more, expected, kinds, oneOf } = language.decision.problems;
  const or = (items: readonly string[]) => joined(items, language.rules.or, more);
  const quoted = (items: readonly string[]) => or(items.map(w.quote));
  switch (p.code) {
    case "id-missing":
      return w.idMissing;
    case "class-empty":
      return w.classEmpty(quoted(p.params.classes));
    case "class-unknown":
      return w.classUnknown(quoted(p.params.classes));
    case "module-not-in-class":
      return w.moduleNotInClass;
    case "one-day":
      return w.oneDay(kinds.boolean);
    case "days":
      return w.days(p.params.days);
    case "field":
      return p.params.type === "enum" && p.params.values
        ? expected(oneOf(or(p.params.values)))
        : expected(kinds[p.params.type]);
    case "column-unknown":
      return w.columnUnknown(quoted(p.params.modules));
    case "duplicate":
      return w.duplicate(
        joined(
          p.params.rows.map((r) => String(r)),
          language.cellProblems.and,
          more,
        ),
      );
    case "not-admitted":
      return w.notAdmitted(p.params.id, p.params.file);
    case "other-class":
      return w.otherClass(p.params.id, p.params.file, p.params.placed, p.params.own);
  }
};
