/**
 * A fault in a shipped default template is located by the template's name
 * in the language of the run, as the outcome (or standing) is worded there;
 * a program's own template by its file. English keeps the words scripts read.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Locale } from "../../../src/core/language/index.js";
import { type Placeholders, templatesProblem } from "../../../src/format/letters/template.js";

const names: Placeholders = { top: new Map([["name", null]]), objects: new Map() };

/** A shipped template (no file) with an unknown placeholder on its body's second line. */
const shipped = (outcome: string) => ({
  [outcome]: template(),
});
const template = () => ({
  template: { subject: "Hei", body: "Hei {{name}}\n  {{nmae}}\n" },
  file: null,
  subjectLine: 1,
  bodyLine: 1,
});

const EXPECTED: Record<Locale, { admitted: string; "at-risk": string }> = {
  nb: {
    admitted: "standardbrevmalen for «tilbudt plass»",
    "at-risk": "standardbrevmalen for «i faresonen»",
  },
  nn: {
    admitted: "standardbrevmalen for «tilboden plass»",
    "at-risk": "standardbrevmalen for «i faresona»",
  },
  sv: {
    admitted: "standardbrevmallen för ”erbjuden plats”",
    "at-risk": "standardbrevmallen för ”i riskzonen”",
  },
  da: {
    admitted: "standardbrevskabelonen for »tilbudt plads«",
    "at-risk": "standardbrevskabelonen for »i risikozonen«",
  },
  fi: {
    admitted: "oletuskirjepohja tilanteeseen ”paikka tarjottu”",
    "at-risk": "oletuskirjepohja tilanteeseen ”vaarassa”",
  },
  en: { admitted: "the en admitted template", "at-risk": "the en at-risk template" },
};

describe("a fault in a shipped template", () => {
  for (const locale of Object.keys(LANGUAGES) as Locale[])
    it(`is named in ${locale}, by the outcome and by the standing`, () => {
      for (const outcome of ["admitted", "at-risk"] as const) {
        const problem = templatesProblem(shipped(outcome), names, locale);
        expect(problem).toMatchObject({ file: EXPECTED[locale][outcome], line: 2, column: 3 });
        expect(problem?.fault).toEqual({ code: "unknown-placeholder", name: "nmae" });
      }
    });

  it("is located in a program's own file by its name", () => {
    const own = {
      admitted: { ...template(), file: "p.letters/admitted.txt", bodyLine: 3 },
    };
    expect(templatesProblem(own, names, "sv")).toMatchObject({
      file: "p.letters/admitted.txt",
      line: 4,
    });
  });
});
