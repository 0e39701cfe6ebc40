/**
 * Completion letters from in-memory roster rows, in every language: the
 * shipped templates name only known placeholders and render without gaps;
 * a certificate names the program, owner, participant, the modules attended
 * and the requirements met; a reminder names every unmet requirement and
 * what is still possible; participants on track get a letter only with
 * `all`, rows that could not be read never.
 */
import { describe, expect, it } from "vitest";
import { COMPLETION_OUTCOMES } from "../../../src/core/language/completion-words.js";
import { LANGUAGES, LOCALES, type Locale } from "../../../src/core/language/index.js";
import {
  type CompletionDocument,
  completionEntries,
} from "../../../src/core/letters/completion.js";
import { templateSources } from "../../../src/core/letters/letter.js";
import { recordFieldsOf } from "../../../src/core/program/model.js";
import { type Program, programSchema } from "../../../src/core/program/schema.js";
import { groupsOf } from "../../../src/core/progress/groups.js";
import { readParticipant, rosterLayout } from "../../../src/core/progress/read.js";
import { progressReport } from "../../../src/core/progress/report.js";
import { compileRequirements } from "../../../src/core/progress/status.js";
import {
  completionFiles,
  completionPlaceholders,
  completionView,
} from "../../../src/format/letters/completion.js";
import { renderLetter } from "../../../src/format/letters/render.js";
import { checkTemplate } from "../../../src/format/letters/template.js";
import { doc as programDoc } from "../../core/program/builders.js";

const programOf = (locale: Locale): Program =>
  programSchema.parse(
    programDoc({
      locale,
      name: "Lederprogrammet",
      owner: "Sykehuset",
      applicants: { id: "ID", name: "Navn", email: "E-post", fields: {} },
      records: { fields: { project: { type: "boolean", column: "Prosjekt" } } },
      requirements: [
        { id: "samlinger", text: "Alle tre samlingene", attendance: { modules: 3 } },
        { id: "prosjekt", text: "Godkjent prosjekt", rule: { field: "project", equals: true } },
        { id: "team", text: "Teamarbeid" },
      ],
      modules: [
        { id: "a", title: "Oppstart", start: "2027-09-07", days: 2, location: "Oslo" },
        { id: "b", title: "Midtveis", start: "2027-11-02", location: "Oslo" },
        { id: "c", title: "Avslutning", start: "2028-01-11", days: 2, location: "Bergen" },
      ],
    }),
  );

const HEADER = [
  "ID",
  "Navn",
  "E-post",
  "2027-09-07 Oppstart",
  "2027-11-02 Midtveis",
  "2028-01-11 Avslutning",
  "Prosjekt",
];

// As of 2027-12-01: two modules held, the last to come.
const ROWS = [
  ["P1", "Kari Nordmann", "kari@example.no", "2", "ja", "2", "ja"], // completed
  ["P2", "Ola Hansen", "ola@example.no", "2", "nei", "", ""], // at risk: a module missed
  ["P3", "Per Olsen", "", "1", "ja", "", ""], // on track: the last module and the project to come
  ["P4", "Liv Berg", "liv@example.no", "kanskje", "ja", "", ""], // does not read
];

const documentOf = (locale: Locale, all: boolean, asOf = "2027-12-01"): CompletionDocument => {
  const program = programOf(locale);
  const words = LANGUAGES[locale].progress;
  const result = rosterLayout(
    {
      idColumn: "ID",
      classes: [],
      whole: groupsOf(program, undefined)[0]!,
      fields: recordFieldsOf(program),
      words,
    },
    HEADER,
    1,
  );
  if (!result.ok) throw new Error(`missing ${result.missing.join(", ")}`);
  const { layout } = result;
  const records = ROWS.map((r, i) => readParticipant(layout, r, i + 2));
  const report = progressReport({
    program,
    intake: null,
    layout,
    checked: compileRequirements(program, layout.position),
    records,
    headerProblems: [],
    asOf,
  });
  const carry = [
    { column: "E-post", index: 2 },
    { column: "Navn", index: 1 },
  ];
  const cells = ROWS.map((r) => [r[2]!, r[1]!]);
  const { entries, without } = completionEntries(report, records, layout, cells, { all });
  return {
    program,
    report,
    roster: "roster.csv",
    headerLine: 1,
    rosterSha256: "0".repeat(64),
    inputs: [],
    carry,
    emailAt: 0,
    nameAt: 1,
    entries,
    templates: templateSources(COMPLETION_OUTCOMES, {}, LANGUAGES[locale].completion.templates),
    without,
  };
};

const letterOf = (doc: CompletionDocument, id: string) => {
  const entry = doc.entries.find((e) => e.progress.id === id)!;
  return renderLetter(
    doc.templates[entry.progress.status].template,
    completionView(doc, entry, { date: "2027-12-03" }),
  );
};

describe("which participants get a completion letter", () => {
  it("a certificate, a reminder; on track only with all; an unreadable row never", () => {
    const some = documentOf("nb", false);
    expect(some.entries.map((e) => [e.progress.id, e.progress.status])).toEqual([
      ["P1", "completed"],
      ["P2", "at-risk"],
    ]);
    expect(some.without).toEqual({ onTrack: 1, invalid: 1 });
    const every = documentOf("nb", true);
    expect(every.entries.map((e) => e.progress.status)).toEqual([
      "completed",
      "at-risk",
      "on-track",
    ]);
    const after = documentOf("nb", false, "2028-02-01");
    expect(after.entries.map((e) => [e.progress.id, e.progress.status])).toEqual([
      ["P1", "completed"],
      ["P2", "not-completed"],
      ["P3", "not-completed"],
    ]);
  });
});

describe.each(LOCALES)("the %s completion templates", (locale) => {
  const doc = documentOf(locale, true);
  const names = completionPlaceholders(doc);

  it.each(COMPLETION_OUTCOMES)("%s names only known placeholders", (outcome) => {
    const t = LANGUAGES[locale].completion.templates[outcome];
    expect(checkTemplate(t.subject, names)).toEqual([]);
    expect(checkTemplate(t.body, names)).toEqual([]);
  });

  it("the certificate names the program, owner, participant, modules attended and requirements met", () => {
    const letter = letterOf(doc, "P1");
    for (const text of [
      "Lederprogrammet",
      "Sykehuset",
      "Kari Nordmann",
      "Oppstart",
      "Midtveis",
      "Avslutning",
      "Alle tre samlingene",
      "Godkjent prosjekt",
    ])
      expect(letter.body).toContain(text);
    // Checked by hand: a certificate does not vouch for it.
    expect(letter.body).not.toContain("Teamarbeid");
    expect(letter.body).not.toMatch(/\{\{|\}\}|\n\n\n|^[ \t]|[ \t]$/m);
    expect(letter.subject).toContain("Lederprogrammet");
  });

  it("the reminder names every unmet requirement and what is still possible", () => {
    const letter = letterOf(doc, "P2");
    const unmet = LANGUAGES[locale].progress.unmet;
    expect(letter.body).toContain(
      `Alle tre samlingene: ${unmet.modules(1, 3, 3)}; ${unmet.outOfReach("2")}`,
    );
    expect(letter.body).toContain(LANGUAGES[locale].completion.possible.rule("Godkjent prosjekt"));
    expect(letter.body).toContain("Avslutning");
    expect(letter.body).toContain("Ola Hansen");
    expect(letter.body).not.toMatch(/\{\{|\}\}|\n\n\n/);
  });

  it("the status letter of a participant on track says what it still takes", () => {
    const letter = letterOf(doc, "P3");
    expect(letter.body).toContain(
      LANGUAGES[locale].completion.possible.modules("Alle tre samlingene", 1, 1),
    );
    expect(letter.body).not.toMatch(/\{\{|\}\}|\n\n\n/);
  });

  it("the letter of a participant who did not complete names what was not met", () => {
    const after = documentOf(locale, false, "2028-02-01");
    const letter = letterOf(after, "P3");
    expect(letter.body).toContain("Alle tre samlingene");
    expect(letter.body).toContain("Godkjent prosjekt");
    expect(letter.body).not.toMatch(/\{\{|\}\}|\n\n\n/);
  });
});

describe("the completion letters folder", () => {
  it("one file per letter and an index with the status and the address", () => {
    const doc = documentOf("en", true);
    const files = [
      ...completionFiles(doc, {
        format: "md",
        date: "2027-12-03",
        from: { name: "", address: "a@b.no" },
      }),
    ];
    expect(files.map((f) => f.name)).toEqual(["P1.md", "P2.md", "P3.md", "index.csv"]);
    expect(new TextDecoder().decode(files.at(-1)!.bytes)).toBe(
      "file,id,status,email\nP1.md,P1,completed,kari@example.no\nP2.md,P2,at-risk,ola@example.no\nP3.md,P3,on-track,\n",
    );
  });
});
