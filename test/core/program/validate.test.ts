/**
 * The validation engine (schema, then the semantic checks) on in-memory
 * documents: every finding code with its severity, path and words, the
 * boundaries where a check must stay quiet, and that it never throws.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROGRAM_CHECKS } from "../../../src/core/program/checks/index.js";
import { programSchema } from "../../../src/core/program/schema.js";
import {
  duplicateProgramIds,
  MAX_DEPTH,
  tooDeep,
  validateProgram,
} from "../../../src/core/program/validate.js";
import { codes, type Doc, doc, findings, module, withApplicants } from "./builders.js";

const error = (code: string, path: (string | number)[], message: string) => ({
  code,
  severity: "error",
  path,
  message,
});
const warning = (code: string, path: (string | number)[], message: string) => ({
  code,
  severity: "warning",
  path,
  message,
});

const quota = (id: string, seats: number, when: Doc) => ({ id, seats, when });
const sector = (value: string) => ({ field: "sector", equals: value });

describe("a valid program", () => {
  it("the smallest program has no findings, and the program comes back parsed", () => {
    const result = validateProgram(doc());
    expect(result.findings).toEqual([]);
    expect(result.program?.id).toBe("test");
  });

  it("a full admission program with fields, rules, quotas, spread and ranking is clean", () => {
    const full = withApplicants({
      application: { opens: "2027-01-04", deadline: "2027-02-15" },
      modules: [module("one", "2027-03-02", 2), module("two", "2027-04-06", 3)],
      eligibility: {
        all: [
          { field: "score", gte: 3 },
          { field: "since", onOrBefore: "2020-01-01" },
        ],
      },
      seats: {
        total: 40,
        quotas: [quota("a", 20, sector("spesialist")), quota("b", 20, sector("kommune"))],
        spread: [{ field: "region", min: 2, max: 20 }],
        ranking: [{ field: "score", order: "desc" }],
      },
    });
    expect(findings(full)).toEqual([]);
  });
});

describe("schema findings: the program does not come back", () => {
  const cases: [string, unknown, ReturnType<typeof error>[]][] = [
    [
      "a value not in an enum, with the closest one",
      doc({ locale: "no" }),
      [
        error(
          "schema-enum",
          ["locale"],
          '"no" is not allowed here; use nb, nn, sv, da, fi or en; did you mean "nb"?',
        ),
      ],
    ],
    [
      "a date that does not exist",
      doc({ application: { deadline: "2027-02-30" } }),
      [
        error(
          "schema-invalid-date",
          ["application", "deadline"],
          "2027-02-30 is not a date: February 2027 has 28 days",
        ),
      ],
    ],
    [
      "missing keys, at the top and in a module",
      {
        id: "x",
        name: "X",
        owner: "O",
        locale: "nb",
        modules: [{ id: "one", start: "2027-09-07" }],
      },
      [
        error("schema-required", [], 'missing required key "country" (one of NO, SE, DK or FI)'),
        error("schema-required", ["modules", 0], 'missing required key "title" (text)'),
      ],
    ],
    [
      "the wrong type of value",
      doc({ credits: { ects: "thirty", level: "master" }, format: [6, 18] }),
      [
        error("schema-type", ["credits", "ects"], 'expected a number, found "thirty"'),
        error("schema-type", ["format"], "expected a mapping, found a list"),
      ],
    ],
    [
      "unknown keys, with the key meant",
      doc({
        modules: [{ id: "one", title: "One", start: "2027-09-07", locaton: "Oslo" }],
        contry: "NO",
      }),
      [
        error(
          "schema-unknown-key",
          ["modules", 0, "locaton"],
          'unknown key "locaton"; did you mean "location"?',
        ),
        error("schema-unknown-key", ["contry"], 'unknown key "contry"; did you mean "country"?'),
      ],
    ],
    [
      "a program id that is not one",
      doc({ id: "Not An Id" }),
      [
        error(
          "schema-value",
          ["id"],
          "\"Not An Id\" is not valid: use lower-case letters, digits, '-' and '_'",
        ),
      ],
    ],
  ];
  it.each(cases)("%s", (_, data, expected) => {
    const result = validateProgram(data);
    expect(result.program).toBeUndefined();
    expect(findings(data)).toEqual(expected);
  });

  it("a document nested deeper than MAX_DEPTH gets one finding, not a stack overflow", () => {
    const deep = JSON.parse(`${"[".repeat(MAX_DEPTH + 10)}${"]".repeat(MAX_DEPTH + 10)}`);
    const result = validateProgram(doc({ eligibility: deep }));
    expect(result.program).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: "schema-value", severity: "error" });
    expect(result.findings[0]!.path).toHaveLength(MAX_DEPTH);
    expect(
      tooDeep(doc({ eligibility: JSON.parse(`${"[".repeat(10)}${"]".repeat(10)}`) })),
    ).toBeUndefined();
  });
});

describe("semantic findings: the program comes back, with its findings", () => {
  const cases: [string, Doc, ReturnType<typeof error>[]][] = [
    [
      "a deadline before the opening",
      doc({ application: { opens: "2027-04-12", deadline: "2027-01-11" } }),
      [
        error(
          "deadline-before-opening",
          ["application", "deadline"],
          "the application deadline 2027-01-11 comes before applications open (2027-04-12)",
        ),
      ],
    ],
    [
      "two fields reading one column (case and spaces do not count)",
      doc({
        applicants: {
          id: "id",
          fields: {
            a: { type: "string", column: "Name" },
            b: { type: "string", column: " name " },
          },
        },
      }),
      [
        error(
          "field-duplicate-column",
          ["applicants", "fields", "b"],
          'fields "a" and "b" read the same column "name"',
        ),
      ],
    ],
    [
      "an enum without values",
      doc({ applicants: { id: "id", fields: { sector: { type: "enum" } } } }),
      [
        error(
          "field-enum-values",
          ["applicants", "fields", "sector", "type"],
          'field "sector" is an enum but lists no values',
        ),
      ],
    ],
    [
      "a format that does not match the modules",
      doc({ format: { gatherings: 6, days: 18 }, modules: [module("one", "2027-09-07", 3)] }),
      [
        error(
          "format-mismatch",
          ["format", "gatherings"],
          "format declares 6 gatherings, but the program has 1 module",
        ),
        error(
          "format-mismatch",
          ["format", "days"],
          "format declares 18 days, but the modules add up to 3",
        ),
      ],
    ],
    [
      "a framework without competencies",
      doc({ kind: "framework" }),
      [
        error(
          "framework-shape",
          ["kind"],
          "a framework (kind: framework) needs a competencies section",
        ),
      ],
    ],
    [
      "illustrative naming a section the file does not have",
      doc({ illustrative: ["modules"] }),
      [
        warning(
          "illustrative-unknown-key",
          ["illustrative", 0],
          'illustrative names "modules", which this file does not have',
        ),
      ],
    ],
    [
      "a module on or before the deadline",
      doc({ application: { deadline: "2027-09-10" }, modules: [module("one", "2027-09-07", 3)] }),
      [
        error(
          "module-before-deadline",
          ["modules", 0, "start"],
          'module "one" starts 2027-09-07, on or before the application deadline 2027-09-10',
        ),
      ],
    ],
    [
      "days that do not match start and end",
      doc({ modules: [module("one", "2027-09-07", 2, { end: "2027-09-09" })] }),
      [
        error(
          "module-days-mismatch",
          ["modules", 0, "days"],
          'module "one" says days: 2, but 2027-09-07 to 2027-09-09 is 3 days',
        ),
      ],
    ],
    [
      "a module id used twice",
      doc({ modules: [module("one", "2027-09-07", 1), module("one", "2027-10-07", 1)] }),
      [
        error(
          "module-duplicate-id",
          ["modules", 1, "id"],
          'module id "one" is already used by module 1',
        ),
      ],
    ],
    [
      "a module that ends before it starts",
      doc({ modules: [{ id: "one", title: "One", start: "2027-09-07", end: "2027-09-01" }] }),
      [
        error(
          "module-end-before-start",
          ["modules", 0, "end"],
          'module "one" ends (2027-09-01) before it starts (2027-09-07)',
        ),
      ],
    ],
    [
      "a module on a public holiday (two on one day, named both)",
      doc({ modules: [module("one", "2027-05-17", 1)] }),
      [
        warning(
          "module-holiday",
          ["modules", 0, "start"],
          'module "one" falls on Grunnlovsdag / Andre pinsedag (2027-05-17), a public holiday or holiday eve in NO',
        ),
      ],
    ],
    [
      "overlapping modules",
      doc({ modules: [module("one", "2027-09-07", 3), module("two", "2027-09-09", 2)] }),
      [
        error(
          "module-overlap",
          ["modules", 1, "start"],
          'module "two" (2027-09-09 to 2027-09-10) overlaps module "one" (2027-09-07 to 2027-09-09)',
        ),
      ],
    ],
    [
      "a module over a weekend, one warning per day",
      doc({ modules: [module("one", "2027-09-10", 3)] }),
      [
        warning(
          "module-weekend",
          ["modules", 0, "start"],
          'module "one" falls on a Saturday (2027-09-11)',
        ),
        warning(
          "module-weekend",
          ["modules", 0, "start"],
          'module "one" falls on a Sunday (2027-09-12)',
        ),
      ],
    ],
    [
      "a quota that does not say who belongs to it",
      withApplicants({ seats: { total: 40, quotas: [quota("a", 20, { field: "sector" })] } }),
      [
        error(
          "quota-condition",
          ["seats", "quotas", 0, "when"],
          'quota "a": say which values belong to it with equals or in',
        ),
      ],
    ],
    [
      "quotas splitting two fields",
      withApplicants({
        seats: {
          total: 40,
          quotas: [
            quota("a", 20, sector("spesialist")),
            quota("b", 10, { field: "region", equals: "nord" }),
          ],
        },
      }),
      [
        error(
          "quota-crossing",
          ["seats", "quotas", 1, "when", "field"],
          'quota "b" splits by "region" while the first quota splits by "sector"; quotas must split one field, so that each applicant is in at most one quota (balance a second field with a spread)',
        ),
      ],
    ],
    [
      "a quota id used twice",
      withApplicants({
        seats: {
          total: 40,
          quotas: [quota("a", 20, sector("spesialist")), quota("a", 20, sector("spesialist"))],
        },
      }),
      [error("quota-duplicate-id", ["seats", "quotas", 1, "id"], 'quota id "a" is used twice')],
    ],
    [
      "quotas that take the same applicants",
      withApplicants({
        seats: {
          total: 40,
          quotas: [
            quota("a", 20, { field: "sector", in: ["spesialist", "kommune"] }),
            quota("b", 20, sector("kommune")),
          ],
        },
      }),
      [
        error(
          "quota-overlap",
          ["seats", "quotas", 1, "when"],
          'quotas "a" and "b" both take applicants with sector = kommune',
        ),
      ],
    ],
    [
      "more seats than the engine allocates",
      withApplicants({ seats: { total: 2_000_000 } }),
      [
        error(
          "count-too-large",
          ["seats", "total"],
          "seats.total is 2000000 seats, more than the 1,000,000 seats cohort can allocate",
        ),
      ],
    ],
    [
      "quotas reserving more than the total",
      withApplicants({
        seats: {
          total: 40,
          quotas: [quota("a", 30, sector("spesialist")), quota("b", 20, sector("kommune"))],
        },
      }),
      [
        error(
          "quota-seats-exceed-total",
          ["seats", "quotas"],
          "quotas reserve 50 seats, more than the 40 in total",
        ),
      ],
    ],
    [
      "ranking by a text field",
      withApplicants({ seats: { total: 10, ranking: [{ field: "name" }] } }),
      [
        error(
          "ranking-not-orderable",
          ["seats", "ranking", 0, "field"],
          'cannot rank by "name", a string field; rank by a number, date or datetime field',
        ),
      ],
    ],
    [
      "rules comparing with the wrong kind of value",
      withApplicants({
        eligibility: {
          all: [
            { field: "score", gte: "2027-01-01" },
            { field: "sector", onOrBefore: "2027-01-01" },
            { field: "since", equals: "soon" },
          ],
        },
      }),
      [
        error(
          "rule-type-mismatch",
          ["eligibility", "all", 0, "gte"],
          'field "score": the date 2027-01-01 cannot be compared with a number',
        ),
        error(
          "rule-type-mismatch",
          ["eligibility", "all", 1, "onOrBefore"],
          '"onOrBefore" does not apply to field "sector", an enum of spesialist or kommune; use equals, in, notIn or present',
        ),
        error(
          "rule-type-mismatch",
          ["eligibility", "all", 2, "equals"],
          'field "since": "soon" is not a date written YYYY-MM-DD',
        ),
      ],
    ],
    [
      "a rule referring to a date the program does not have",
      withApplicants({
        eligibility: {
          field: "since",
          onOrBefore: { ref: "application.deadline", minus: { years: 1 } },
        },
      }),
      [
        error(
          "rule-unknown-ref",
          ["eligibility", "onOrBefore"],
          'field "since": the program has no date "application.deadline"',
        ),
      ],
    ],
    [
      "a rule value that is not one of the enum's",
      withApplicants({ eligibility: { field: "sector", equals: "komune" } }),
      [
        error(
          "rule-unknown-value",
          ["eligibility", "equals"],
          'field "sector": "komune" is not one of its values (spesialist or kommune); did you mean "kommune"?',
        ),
      ],
    ],
    [
      "two spread fields",
      withApplicants({
        seats: {
          total: 40,
          spread: [
            { field: "region", max: 20 },
            { field: "county", max: 10 },
          ],
        },
      }),
      [],
    ],
    [
      "one field spread twice",
      withApplicants({
        seats: {
          total: 40,
          spread: [
            { field: "region", max: 20 },
            { field: "county", max: 10 },
            { field: "region", min: 2 },
          ],
        },
      }),
      [
        error(
          "spread-duplicate-field",
          ["seats", "spread", 2, "field"],
          '"region" is spread twice (seats.spread entries 1 and 3); give its limits in one entry',
        ),
      ],
    ],
    [
      "spread maximums that cannot fill the seats",
      withApplicants({ seats: { total: 40, spread: [{ field: "region", max: 5 }] } }),
      [
        warning(
          "spread-max-unfillable",
          ["seats", "spread", 0, "max"],
          'spread maximums for "region" allow 20 seats, fewer than the 40 in total',
        ),
      ],
    ],
    [
      "spread minimums above the total",
      withApplicants({ seats: { total: 40, spread: [{ field: "region", min: 12, max: 20 }] } }),
      [
        error(
          "spread-min-infeasible",
          ["seats", "spread", 0, "min"],
          'spread minimums for "region" add up to 48 seats, more than the 40 in total',
        ),
      ],
    ],
    [
      "first-come ties without a timestamp",
      withApplicants({ seats: { total: 10, ranking: [{ field: "score" }], ties: "first-come" } }),
      [
        error(
          "ties-no-timestamp",
          ["seats", "ties"],
          "ties: first-come needs a timestamp field (seats.timestamp) that says when each application came in",
        ),
      ],
    ],
    [
      "fields that are not declared, in rules and in seats",
      withApplicants({
        eligibility: { field: "scroe", gte: 10 },
        seats: { total: 10, spread: [{ field: "regoin", max: 3 }] },
      }),
      [
        error(
          "unknown-field",
          ["eligibility", "field"],
          'field "scroe" is not declared in applicants.fields; did you mean "score"?',
        ),
        error(
          "unknown-field",
          ["seats", "spread", 0, "field"],
          'field "regoin" is not declared in applicants.fields; did you mean "region"?',
        ),
      ],
    ],
    [
      "ranked choices: a column read twice, and no intake with classes to choose from",
      doc({
        applicants: {
          id: "id",
          fields: { score: { type: "number" } },
          choices: { columns: ["1. valg", " SCORE ", "1. VALG"], any: ["bergen"] },
        },
        seats: { total: 4 },
        intakes: [{ id: "2028" }],
      }),
      [
        error(
          "choices-declaration",
          ["applicants", "choices", "columns", 1],
          'the choice column " SCORE " is also read as field "score"; a column holds one thing',
        ),
        error(
          "choices-declaration",
          ["applicants", "choices", "columns", 2],
          'the choice column "1. VALG" is also read as an earlier choice column; a column holds one thing',
        ),
        warning(
          "choices-without-classes",
          ["applicants", "choices"],
          "applicants.choices is declared, but no intake has classes, so no choice is read; give an intake classes or remove applicants.choices",
        ),
      ],
    ],
    [
      "ranked choices: neither column nor columns; an any word that is a class's label",
      doc({
        applicants: {
          id: "id",
          fields: { score: { type: "number" } },
          choices: { any: ["Vest A"] },
        },
        seats: { total: 4 },
        intakes: [
          { id: "2028", classes: [{ id: "vest-a", label: "Vest A", site: "Bergen", seats: 4 }] },
        ],
      }),
      [
        error(
          "choices-declaration",
          ["applicants", "choices"],
          "applicants.choices names no column; give `column` (one cell holding the ranked list) or `columns` (one choice per column)",
        ),
        error(
          "choices-declaration",
          ["applicants", "choices", "any", 0],
          'intake 2028: the "any class" word "Vest A" is also the class vest-a; written in a list it would mean any class, so use another word',
        ),
      ],
    ],
    [
      "ranked choices: both column and columns",
      doc({
        applicants: {
          id: "id",
          fields: { score: { type: "number" } },
          choices: { column: "Sted", columns: ["1. valg"] },
        },
        seats: { total: 4 },
        intakes: [
          { id: "2028", classes: [{ id: "vest-a", label: "Vest A", site: "Bergen", seats: 4 }] },
        ],
      }),
      [
        error(
          "choices-declaration",
          ["applicants", "choices", "columns"],
          "applicants.choices gives both `column` and `columns`; keep one",
        ),
      ],
    ],
    [
      "a leader group column that is also a field's column",
      withApplicants({
        applicants: {
          id: "id",
          fields: { region: { type: "string", column: "Region" } },
          team: { column: " region " },
        },
        seats: { total: 4 },
      }),
      [
        error(
          "team-declaration",
          ["applicants", "team", "column"],
          'the leader group column " region " is also read as field "region"; a column holds one thing, so give the group id its own column',
        ),
      ],
    ],
    [
      "requirements: a rule over an undeclared record field, an unknown module, too many modules, a repeated id",
      doc({
        modules: [module("one", "2027-03-02", 2), module("two", "2027-04-06", 3)],
        records: { fields: { credits: { type: "number", column: "Studiepoeng" } } },
        requirements: [
          { id: "a", text: "A", rule: { field: "credit", gte: 30 } },
          { id: "b", text: "B", attendance: { modules: 2, among: ["one", "tow"] } },
          { id: "c", text: "C", attendance: { modules: 3 } },
          { id: "c", text: "D", attendance: { mandatory: true } },
        ],
      }),
      [
        error(
          "requirement-unknown-field",
          ["requirements", 0, "rule", "field"],
          'field "credit" is not declared in records.fields; did you mean "credits"?',
        ),
        error(
          "requirement-duplicate-id",
          ["requirements", 3, "id"],
          'requirement id "c" is already used by requirement 3',
        ),
        error(
          "requirement-unknown-module",
          ["requirements", 1, "attendance", "among", 1],
          'module "tow" does not exist; did you mean "two"?',
        ),
        error(
          "requirement-unreachable",
          ["requirements", 2, "attendance", "modules"],
          "3 modules are required, but the program has only 2",
        ),
        error(
          "requirement-unreachable",
          ["requirements", 3, "attendance", "mandatory"],
          "every mandatory module is required, but no module counted is marked mandatory: true",
        ),
      ],
    ],
  ];
  it.each(cases)("%s", (_, data, expected) => {
    const result = validateProgram(data);
    expect(result.program).toBeDefined();
    expect(findings(data)).toEqual(expected);
  });

  it("covers every check of the engine at least once", () => {
    const seen = new Set(cases.flatMap(([, data]) => codes(data)));
    const program = (data: Doc) => programSchema.parse(data);
    for (const check of PROGRAM_CHECKS) {
      const fired = cases.some(([, data]) => check(program(data)).length > 0);
      expect(fired, `no case makes ${check.name} speak`).toBe(true);
    }
    expect(seen.size).toBeGreaterThanOrEqual(25);
  });
});

describe("where the checks stay quiet", () => {
  it.each<[string, Doc]>([
    [
      "applications opening on the deadline day",
      doc({ application: { opens: "2027-01-11", deadline: "2027-01-11" } }),
    ],
    [
      "modules that touch but do not overlap",
      doc({ modules: [module("one", "2027-09-07", 2), module("two", "2027-09-09", 2)] }),
    ],
    ["a module on a Friday only", doc({ modules: [module("one", "2027-09-10", 1)] })],
    [
      "quotas and spread minimums that add up to the total exactly",
      withApplicants({
        seats: {
          total: 40,
          quotas: [quota("a", 20, sector("spesialist")), quota("b", 20, sector("kommune"))],
          spread: [{ field: "region", min: 10, max: 10 }],
        },
      }),
    ],
    [
      "Store bededag after it was abolished (Denmark, 2024)",
      doc({ country: "DK", locale: "da", modules: [module("one", "2024-04-26", 1)] }),
    ],
  ])("%s", (_, data) => {
    expect(findings(data)).toEqual([]);
  });

  it("Store bededag while it was a holiday (Denmark, 2023)", () => {
    expect(
      codes(doc({ country: "DK", locale: "da", modules: [module("one", "2023-05-05", 1)] })),
    ).toEqual(["module-holiday"]);
  });
});

describe("program ids across files", () => {
  const named = (file: string, id: string) => ({ file, program: programSchema.parse(doc({ id })) });

  it("each repeat is a finding on the later file, naming the first", () => {
    const result = duplicateProgramIds([
      named("a.yaml", "x"),
      named("b.yaml", "y"),
      named("c.yaml", "x"),
      named("d.yaml", "x"),
    ]);
    expect(result.map((d) => [d.file, d.id, d.previous, d.finding.message])).toEqual([
      ["c.yaml", "x", "a.yaml", 'program id "x" is also used by a.yaml'],
      ["d.yaml", "x", "a.yaml", 'program id "x" is also used by a.yaml'],
    ]);
    expect(result[0]!.finding).toMatchObject({
      code: "program-duplicate-id",
      severity: "error",
      path: ["id"],
    });
  });

  it("distinct ids: nothing", () => {
    expect(duplicateProgramIds([named("a.yaml", "x"), named("b.yaml", "y")])).toEqual([]);
  });
});

describe("hostile documents", () => {
  it("never throws, whatever the data, and an error finding means no clean bill", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ id: fc.string(), modules: fc.jsonValue(), seats: fc.jsonValue() }),
          fc.dictionary(
            fc.constantFrom(...Object.keys(doc()), "seats", "modules", "eligibility"),
            fc.jsonValue(),
          ),
        ),
        (data) => {
          const result = validateProgram(data);
          expect(Array.isArray(result.findings)).toBe(true);
          if (result.program === undefined)
            expect(result.findings.some((f) => f.severity === "error")).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
