/**
 * Roster problems in words, from their codes and params: every code in every
 * language, lists joined the language's way ("a, b eller c", "a, b tai c"),
 * the English words as JSON's message, and nothing of the English words in
 * another language's sentence.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALES } from "../../../src/core/language/index.js";
import { rosterProblemText } from "../../../src/core/progress/problem-text.js";
import type { CodedProblem, RosterProblem } from "../../../src/core/progress/problems.js";

const at = { line: 4, column: 3, header: "Klasse", value: "x" };
const problem = (coded: CodedProblem): RosterProblem => ({ kind: "cell", ...at, ...coded });

const EVERY: CodedProblem[] = [
  { code: "id-missing", params: {} },
  { code: "class-empty", params: { classes: ["oslo", "bergen", "tromso"] } },
  { code: "class-unknown", params: { classes: ["oslo", "bergen", "tromso"] } },
  { code: "module-not-in-class", params: {} },
  { code: "one-day", params: {} },
  { code: "days", params: { days: 3 } },
  { code: "field", params: { type: "enum", values: ["godkjent", "ikke godkjent", "venter"] } },
  { code: "field", params: { type: "number" } },
  { code: "column-unknown", params: { modules: ["2027-09-07 A", "2027-11-02 B", "2028-01-11 C"] } },
  { code: "duplicate", params: { rows: [3, 7, 9] } },
  { code: "not-admitted", params: { id: "S9", file: "audit.json" } },
  {
    code: "other-class",
    params: { id: "S9", file: "audit.json", placed: "oslo", own: "bergen", recorded: "Oslo" },
  },
];

describe("roster problems in words", () => {
  it("English: the sentences JSON keeps as message", () => {
    expect(EVERY.map((p) => rosterProblemText(problem(p), LANGUAGES.en))).toEqual([
      "the participant has no id",
      'the class is empty; write one of "oslo", "bergen" or "tromso"',
      'no class of the intake has this name; write one of "oslo", "bergen" or "tromso"',
      "this module is not one of the participant's class; leave the cell empty",
      "a one-day module is filled in with yes or no (ja/nei, yes/no, true/false, 1/0 or x)",
      "this module has 3 days; write the days attended, 0 to 3, or yes (every day) or no",
      "expected one of godkjent, ikke godkjent or venter",
      "expected a number (1234,5 or 1234.5)",
      'the header reads like a module\'s but matches none of "2027-09-07 A", "2027-11-02 B" or "2028-01-11 C"; nothing in the column is counted',
      "the participant has more than one row (rows 3, 7 and 9); keep one",
      "S9 is not admitted in audit.json; no status is given",
      'audit.json places S9 in class "oslo", not "bergen"',
    ]);
  });

  it("lists are quoted and joined the language's way", () => {
    const classes = problem(EVERY[2]!);
    expect(rosterProblemText(classes, LANGUAGES.nb)).toContain("«oslo», «bergen» eller «tromso»");
    expect(rosterProblemText(classes, LANGUAGES.nn)).toContain("«oslo», «bergen» eller «tromso»");
    expect(rosterProblemText(classes, LANGUAGES.sv)).toContain("”oslo”, ”bergen” eller ”tromso”");
    expect(rosterProblemText(classes, LANGUAGES.da)).toContain("»oslo«, »bergen« eller »tromso«");
    expect(rosterProblemText(classes, LANGUAGES.fi)).toContain("”oslo”, ”bergen” tai ”tromso”");
    const rows = problem(EVERY[9]!);
    expect(rosterProblemText(rows, LANGUAGES.nb)).toContain("3, 7 og 9");
    expect(rosterProblemText(rows, LANGUAGES.sv)).toContain("3, 7 och 9");
    expect(rosterProblemText(rows, LANGUAGES.fi)).toContain("3, 7 ja 9");
  });

  it("a long list is cut as check cuts it, with the count in the language", () => {
    const many = problem({
      code: "class-unknown",
      params: { classes: Array.from({ length: 25 }, (_, i) => `k${i + 1}`) },
    });
    expect(rosterProblemText(many, LANGUAGES.en)).toContain('"k10" or 15 more');
    expect(rosterProblemText(many, LANGUAGES.da)).toContain("»k10« eller 15 mere");
  });

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s: every code has its own words, none English",
    (locale) => {
      const english = new Set(
        EVERY.flatMap(
          (p) =>
            rosterProblemText(problem(p), LANGUAGES.en)
              .toLowerCase()
              .match(/\p{L}{4,}/gu) ?? [],
        ),
      );
      // Words both languages write: the yes/no forms and the params.
      const shared = new Set([
        "true",
        "false",
        "godkjent",
        "ikke",
        "venter",
        "oslo",
        "bergen",
        "tromso",
        "status",
        "audit",
        "json",
        "1234",
      ]);
      for (const p of EVERY) {
        const text = rosterProblemText(problem(p), LANGUAGES[locale]);
        expect(text).not.toBe(rosterProblemText(problem(p), LANGUAGES.en));
        const found = (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(
          (w) => english.has(w) && !shared.has(w),
        );
        expect(found, `${p.code}: ${text}`).toEqual([]);
      }
    },
  );
});
