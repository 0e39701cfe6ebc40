/**
 * The shipped letter templates of every language: each names only known
 * placeholders, and renders a letter in its language with the dates written
 * the local way and no gap left by a hidden part.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALES, type Locale } from "../../../src/core/language/index.js";
import { LETTER_OUTCOMES } from "../../../src/core/language/letter-words.js";
import type { LetterEntry, LettersDocument } from "../../../src/core/letters/letter.js";
import type { Program } from "../../../src/core/program/schema.js";
import { letterFiles } from "../../../src/format/letters/index.js";
import { renderLetter } from "../../../src/format/letters/render.js";
import { checkTemplate } from "../../../src/format/letters/template.js";
import { placeholdersOf, sharedView, viewOf } from "../../../src/format/letters/view.js";

const program = (locale: Locale) =>
  ({
    id: "p",
    kind: "program",
    name: "Ledelse i praksis",
    owner: "Regionalt kompetansesenter",
    status: "active",
    locale,
    country: "NO",
    application: { deadline: "2027-04-12" },
    modules: [
      { id: "b", title: "Andre samling", start: "2027-11-02", days: 2 },
      { id: "a", title: "Første samling", start: "2027-09-07", days: 3, location: "Tromsø" },
    ],
    applicants: { id: "id", fields: {}, email: "E-post", name: "Navn" },
    seats: {
      total: 2,
      quotas: [{ id: "k", label: "Kommune", seats: 1 }],
      unfilled: "transfer",
      ties: "lottery",
    },
  }) as unknown as Program;

const entry = (outcome: LetterEntry["outcome"], extra: Partial<LetterEntry> = {}): LetterEntry => ({
  id: `A-${outcome}`,
  line: 2,
  outcome,
  code: {
    admitted: "MERIT",
    waitlisted: "GROUP_FULL",
    declined: "DECLINED",
    ineligible: "INELIGIBLE",
    invalid: "INVALID",
  }[outcome],
  quota: outcome === "admitted" || outcome === "waitlisted" ? "k" : null,
  rank: 1,
  position: outcome === "waitlisted" ? { overall: 3, inGroup: 2 } : null,
  reasons: outcome === "ineligible" ? ["Minst to års ledererfaring"] : [],
  problems:
    outcome === "invalid"
      ? [{ column: "Poeng", value: "mange", message: "expected a number" }]
      : [],
  carried: ["a@example.no", "Kari Nordmann"],
  spreadValue: null,
  class: null,
  ...extra,
});

const document = (
  locale: Locale,
  entries: LetterEntry[],
  classes: LettersDocument["classes"] = [],
): LettersDocument => ({
  classes,
  program: program(locale),
  inputs: [],
  auditSha256: "0".repeat(64),
  list: "list.csv",
  idColumn: "id",
  carry: [
    { column: "E-post", index: 1 },
    { column: "Navn", index: 2 },
  ],
  emailAt: 0,
  nameAt: 1,
  entries,
  templates: Object.fromEntries(
    LETTER_OUTCOMES.map((o) => [
      o,
      { template: LANGUAGES[locale].letters.templates[o], file: null, subjectLine: 1, bodyLine: 1 },
    ]),
  ) as LettersDocument["templates"],
});

const DEADLINE: Record<Locale, string> = {
  nb: "12. april 2027",
  nn: "12. april 2027",
  da: "12. april 2027",
  sv: "12 april 2027",
  fi: "12. huhtikuuta 2027",
  en: "12 April 2027",
};
const RANGE: Record<Locale, string> = {
  nb: "7.–9. september 2027",
  nn: "7.–9. september 2027",
  da: "7.–9. september 2027",
  sv: "7–9 september 2027",
  fi: "7.–9. syyskuuta 2027",
  en: "7–9 September 2027",
};

describe.each(LOCALES)("the %s letter templates", (locale) => {
  const doc = document(
    locale,
    LETTER_OUTCOMES.map((o) => entry(o)),
  );
  const names = placeholdersOf(doc);
  const letters = LANGUAGES[locale].letters;

  it.each(LETTER_OUTCOMES)("%s names only known placeholders", (outcome) => {
    const t = letters.templates[outcome];
    expect(checkTemplate(t.subject, names)).toEqual([]);
    expect(checkTemplate(t.body, names)).toEqual([]);
  });

  it.each(LETTER_OUTCOMES)(
    "%s renders with the applicant, the reasons and no empty gaps",
    (outcome) => {
      const shared = sharedView(doc, { date: "2027-04-12", replyBy: "2027-04-12" });
      const e = doc.entries.find((x) => x.outcome === outcome)!;
      const letter = renderLetter(letters.templates[outcome], viewOf(doc, e, shared));
      expect(letter.subject).toContain("Ledelse i praksis");
      expect(letter.body).toContain("Kari Nordmann");
      expect(letter.body).toContain("Regionalt kompetansesenter");
      expect(letter.body).not.toMatch(/\n{3}|\{\{|\}\}| ,| \./);
      if (outcome === "admitted") {
        expect(letter.body).toContain(RANGE[locale]);
        expect(letter.body).toContain("Tromsø");
        expect(letter.body).toContain(DEADLINE[locale]);
        expect(letter.body).toContain("Kommune");
      }
      if (outcome === "waitlisted") {
        expect(letter.body).toContain("3");
        expect(letter.body).toContain(letters.waitlist.groupFull("Kommune"));
      }
      if (outcome === "ineligible") expect(letter.body).toContain("- Minst to års ledererfaring");
      if (outcome === "invalid")
        expect(letter.body).toContain(`- ${letters.problem.unreadable("Poeng", "mange")}`);
    },
  );

  it("words a bad list of ranked choices as such, and an empty one as missing", () => {
    const doc = document(locale, []);
    const withChoices = {
      ...doc,
      program: {
        ...doc.program,
        applicants: {
          ...doc.program.applicants!,
          choices: { column: "Studiested", required: true },
        },
      },
    } as LettersDocument;
    const invalid = entry("invalid", {
      problems: [
        { column: "Studiested", value: "Tromsø, Tromsø", message: "repeats" },
        { column: "Studiested", value: "", message: "no choice" },
      ],
    });
    const view = viewOf(withChoices, invalid, sharedView(withChoices, { date: "2027-04-12" }));
    expect(view.reasons).toEqual([
      letters.problem.choice("Studiested", "Tromsø, Tromsø"),
      letters.problem.missing("Studiested"),
    ]);
  });

  it("names the class an admitted applicant is placed in, its site and its own dates", () => {
    const classes = [
      { id: "oslo-a", label: "Oslo A", site: "Oslo", seats: 1 },
      {
        id: "bergen-a",
        label: "Bergen A",
        site: "Bergen",
        seats: 1,
        modules: [
          { id: "m", title: "Bergen-samling", start: "2027-09-14", days: 2, location: "Bergen" },
        ],
      },
    ] as LettersDocument["classes"];
    const placed = entry("admitted", { class: "bergen-a" });
    const doc = document(locale, [placed], classes);
    const view = viewOf(doc, placed, sharedView(doc, { date: "2027-04-12" }));
    expect(view.class).toBe("Bergen A");
    expect(view.site).toBe("Bergen");
    expect((view.firstModule as { title: string }).title).toBe("Bergen-samling");
    const oslo = entry("admitted", { class: "oslo-a" });
    const inOslo = viewOf(doc, oslo, sharedView(doc, { date: "2027-04-12" }));
    expect(inOslo.class).toBe("Oslo A");
    expect(inOslo.site).toBe("Oslo");
    expect(inOslo.classes).toBeUndefined();
  });

  it("greets without a name when the list has none, and writes every file", () => {
    const nameless = document(locale, [entry("admitted", { carried: ["", ""] })]);
    const files = [
      ...letterFiles(nameless, {
        format: "md",
        date: "2027-04-12",
        from: { name: "", address: "a@b.no" },
      }),
    ];
    expect(files.map((f) => f.name)).toEqual(["A-admitted.md", "index.csv"]);
    const text = new TextDecoder().decode(files[0]!.bytes);
    expect(text).not.toMatch(/ ,|\{\{/);
    expect(text).toContain(
      letters.templates.admitted.subject.replace("{{program.name}}", "Ledelse i praksis"),
    );
  });
});

describe("template checks", () => {
  const doc = document("nb", []);
  const names = placeholdersOf(doc);
  it("locates an unknown placeholder and an unclosed section", () => {
    expect(checkTemplate("Hei\n  {{nmae}}", names)).toEqual([
      { line: 2, column: 3, fault: { code: "unknown-placeholder", name: "nmae" } },
    ]);
    expect(checkTemplate("{{#reasons}}\n- {{.}}", names)).toEqual([
      { line: 1, column: 1, fault: { code: "unclosed-section", name: "reasons" } },
    ]);
    expect(checkTemplate("{{> other}}", names)[0]!.fault).toEqual({ code: "partial" });
  });
  it("knows each syntax error of Mustache by its kind, located", () => {
    expect(checkTemplate("Hei\n{{#reasons}}x{{/modules}}", names)).toEqual([
      { line: 2, column: 14, fault: { code: "unclosed-section", name: "reasons" } },
    ]);
    expect(checkTemplate("Hei {{/reasons}}", names)).toEqual([
      { line: 1, column: 5, fault: { code: "unopened-section", name: "reasons" } },
    ]);
    expect(checkTemplate("Hei {{program.name", names)[0]!.fault).toEqual({
      code: "unclosed-tag",
    });
    expect(checkTemplate("{{=<% =}}", names)[0]!.fault).toMatchObject({ code: "invalid-tags" });
  });
  it("knows carried columns, program keys and module keys", () => {
    expect(
      checkTemplate(
        "{{applicant.E-post}} {{program.owner}} {{#firstModule}}{{title}} {{dates}}{{/firstModule}} {{#modules}}{{start}}{{/modules}}",
        names,
      ),
    ).toEqual([]);
    expect(checkTemplate("{{applicant.Telefon}}", names)).toHaveLength(1);
    expect(checkTemplate("{{firstModule.colour}}", names)).toHaveLength(1);
  });
});
