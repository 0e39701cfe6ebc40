import { describe, expect, it } from "vitest";
import { choiceReader } from "../../../src/core/applicants/choices.js";
import { type CellProblem, layoutFor, readRow } from "../../../src/core/applicants/layout.js";
import { describeProblem } from "../../../src/core/applicants/problem-words.js";
import { LANGUAGES, LOCALES } from "../../../src/core/language/index.js";
import type { ProgramClass } from "../../../src/core/program/schema.js";
import { programWithFields } from "../builders.js";

const enumProblem = (values: string[]): CellProblem => ({
  column: "Region",
  value: "øst",
  message: "expected …",
  code: "expected",
  type: "enum",
  values,
});

describe("cell problems in the program's language", () => {
  it("joins an enum's values with the language's or, and cuts a long list with a count", () => {
    expect(describeProblem(enumProblem(["nord", "vest"]), { language: LANGUAGES.nb })).toBe(
      'Region: forventet én av nord eller vest ("øst")',
    );
    const many = Array.from({ length: 25 }, (_, i) => `v${i}`);
    expect(describeProblem(enumProblem(many), { language: LANGUAGES.sv })).toBe(
      'Region: ska vara ett av v0, v1, v2, v3, v4, v5, v6, v7, v8, v9 eller 15 till ("øst")',
    );
  });

  it("keeps the English message without a language, and for problems without words of their own", () => {
    expect(describeProblem(enumProblem(["nord"]))).toBe('Region: expected … ("øst")');
    const rare: CellProblem = { column: "Dato", value: "2027-02-30", message: "not a date" };
    // A problem without a code (none is made so today) falls back to its message.
    expect(describeProblem(rare, { language: LANGUAGES.fi, quote: false })).toBe(
      "Dato: not a date (2027-02-30)",
    );
  });

  it("words a row's width and a repeated id", () => {
    const width: CellProblem = {
      column: "",
      value: "",
      message: "the row has 9 cells, the header 10",
      code: "row-width",
      numbers: [9, 10],
    };
    expect(describeProblem(width, { language: LANGUAGES.da })).toBe(
      "rækken har 9 celler, overskriftsrækken 10",
    );
    const again: CellProblem = {
      column: "ID",
      value: "A1",
      message: "duplicate applicant id: also on line 2",
      code: "duplicate-id",
      numbers: [2],
    };
    expect(describeProblem(again, { language: LANGUAGES.nn })).toBe(
      'ID: same søkjar-ID står òg på linje 2 ("A1")',
    );
  });
});

/** Every rarer problem, as the core reads it from a row and from choice cells. */
const rareProblems = (): CellProblem[] => {
  const p = programWithFields({ since: { type: "date", column: "Leder siden" } });
  const result = layoutFor(p, ["id", "Leder siden"]);
  if (!result.ok) throw new Error("layout");
  const row = (cells: string[], unsaved?: Map<number, { ref: string; formula: string }>) =>
    readRow(result.layout, cells, unsaved).problems ?? [];
  const classes: ProgramClass[] = [
    { id: "oslo", label: "Oslo-klassen", site: "Oslo", seats: 10 },
    { id: "bergen", label: "Bergen-klassen", site: "Bergen", seats: 10 },
  ];
  const list = choiceReader({ column: "Studiested", any: ["alle"], required: true }, classes);
  const columns = choiceReader({ columns: ["1. valg", "2. valg"], required: true }, classes);
  const choices = (reader: typeof list, cells: string[]) => {
    const read = reader.read(cells);
    return read.ok ? [] : read.problems;
  };
  return [
    ...row(["a1", "2027-02-30"]),
    ...row(["a1", "30.02.2027"]),
    ...row(["a1", "2027-13-01"]),
    ...row(["a\u200b1", "2020-01-01"]),
    ...row(["a1", ""], new Map([[1, { ref: "B5", formula: "TODAY()" }]])),
    ...choices(list, ["Oslo, Bergn"]),
    ...choices(list, ["Oslo, Oslo-klassen, Bergen-klassen, Bergen"]),
    ...choices(list, ["Oslo-klassen, Bergen-klassen, alle"]),
    ...choices(list, [""]),
    ...choices(columns, ["", "Oslo"]),
  ];
};

describe("the rarer cell problems in the program's language", () => {
  const problems = rareProblems();

  it("come with a code for every kind", () => {
    expect(problems.map((p) => p.code)).toEqual([
      "no-day",
      "no-day",
      "no-month",
      "invisible",
      "unsaved-formula",
      "choice-unknown",
      "choice-repeated",
      "choice-repeated",
      "choice-repeated",
      "choice-none",
      "choice-gap",
    ]);
  });

  it("are in English the same sentences as the message JSON keeps", () => {
    for (const p of problems)
      expect(describeProblem(p, { language: LANGUAGES.en })).toBe(describeProblem(p));
  });

  it("are worded in every other language, never as the English message", () => {
    for (const locale of LOCALES.filter((l) => l !== "en"))
      for (const p of problems) {
        const text = describeProblem(p, { language: LANGUAGES[locale] });
        expect(text, `${locale} ${p.code}`).not.toContain(p.message);
        expect(text, `${locale} ${p.code}`).not.toMatch(
          /\b(is not a date|month|invisible|formula|choice|class or site|did you mean)\b/,
        );
      }
  });

  it("read as a native reader expects, with dates, quotes and lists the language's way", () => {
    const [day, dotted, month, hidden, formula, unknown, repeated] = problems as [
      CellProblem,
      CellProblem,
      CellProblem,
      CellProblem,
      CellProblem,
      CellProblem,
      CellProblem,
    ];
    const { nb, nn, sv, da, fi } = LANGUAGES;
    expect(describeProblem(day, { language: nn })).toBe(
      'Leder siden: 2027-02-30 er ingen gyldig dato: februar 2027 har berre 28 dagar ("2027-02-30")',
    );
    expect(describeProblem(dotted, { language: sv, quote: false })).toBe(
      "Leder siden: 30.02.2027 är inget giltigt datum: februari 2027 har bara 28 dagar (30.02.2027)",
    );
    expect(describeProblem(month, { language: fi, quote: false })).toBe(
      "Leder siden: 2027-13-01 ei ole kelvollinen päivämäärä: kuukautta 13 ei ole (2027-13-01)",
    );
    expect(describeProblem(hidden, { language: da, quote: false })).toBe(
      "id: ansøger-id'et indeholder et usynligt tegn (U+200B) på plads 2; skriv id'et ind igen (a\u200b1)",
    );
    expect(describeProblem(formula, { language: nb })).toBe(
      "Leder siden: cellen B5 har en formel (=TODAY()) uten lagret verdi; åpne arbeidsboken i Excel eller LibreOffice og lagre den, eller skriv inn verdien",
    );
    expect(describeProblem(unknown, { language: sv, quote: false })).toBe(
      "Studiested: ”Bergn” är varken en klass eller en studieort i programmet; giltiga val är Oslo-klassen (oslo), Bergen-klassen (bergen), Oslo, Bergen eller ”alle”; menade du ”bergen”? (Oslo, Bergn)",
    );
    expect(describeProblem(repeated, { language: nn, quote: false })).toBe(
      "Studiested: «Oslo-klassen» gjentek val 1 («Oslo»): det gjev ingen klasse som vala framfor ikkje allereie dekkjer (Oslo, Oslo-klassen, Bergen-klassen, Bergen)",
    );
    expect(describeProblem(problems[8]!, { language: da, quote: false })).toBe(
      "Studiested: »alle« gentager prioriteterne 1 (»Oslo-klassen«) og 2 (»Bergen-klassen«): den giver ikke adgang til noget hold, som de foregående prioriteter ikke allerede dækker (Oslo-klassen, Bergen-klassen, alle)",
    );
  });
});
