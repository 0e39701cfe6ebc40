import { describe, expect, it } from "vitest";
import type { Value } from "../../../src/core/applicants/values.js";
import { dayNumberOf } from "../../../src/core/calendar/date.js";
import type { RuleInput } from "../../../src/core/program/rule-schema.js";
import { compileRule } from "../../../src/core/rules/compile.js";
import { programWithFields } from "../builders.js";

const FIELDS = {
  role: { type: "enum" as const, values: ["strategisk", "operativ"], column: "Ledernivå" },
  nominated: { type: "boolean" as const },
  attested: { type: "boolean" as const },
  since: { type: "date" as const, column: "Leder siden" },
  score: { type: "number" as const },
  note: { type: "string" as const, required: false },
};
const ORDER = Object.keys(FIELDS);
const position = new Map(ORDER.map((f, i) => [f, i]));

const compile = (rule: RuleInput, overrides = {}) => {
  const p = programWithFields(FIELDS, rule, {
    application: { deadline: "2027-04-12" },
    ...overrides,
  });
  return compileRule(p.eligibility, { program: p, position });
};

const row = (r: Partial<Record<string, Value>>): Value[] => ORDER.map((f) => r[f] ?? null);

describe("compileRule", () => {
  const topp: RuleInput = {
    all: [
      { reason: "Målgruppen er ledere på strategisk nivå", field: "role", equals: "strategisk" },
      {
        reason: "Nominert av leder, eller egen søknad bekreftet av leder",
        any: [
          { field: "nominated", equals: true },
          { field: "attested", equals: true },
        ],
      },
      { field: "since", onOrBefore: { ref: "application.deadline", minus: { years: 1 } } },
    ],
  };
  const rule = compile(topp);

  it("passes an applicant who meets every rule", () => {
    const values = row({
      role: "strategisk",
      nominated: false,
      attested: true,
      since: dayNumberOf("2020-01-01"),
    });
    expect(rule.test(values)).toBe(true);
    expect(rule.reasons(values)).toEqual([]);
  });

  it("gives every failing reason, not only the first", () => {
    const values = row({
      role: "operativ",
      nominated: false,
      attested: false,
      since: dayNumberOf("2026-06-01"),
    });
    expect(rule.test(values)).toBe(false);
    expect(rule.reasons(values)).toEqual([
      "Målgruppen er ledere på strategisk nivå",
      "Nominert av leder, eller egen søknad bekreftet av leder",
      "Leder siden is on or before 12 April 2026",
    ]);
  });

  it("resolves date references with offsets at compile time, on the boundary inclusively", () => {
    expect(
      rule.test(row({ role: "strategisk", nominated: true, since: dayNumberOf("2026-04-12") })),
    ).toBe(true);
    expect(
      rule.test(row({ role: "strategisk", nominated: true, since: dayNumberOf("2026-04-13") })),
    ).toBe(false);
  });

  it("treats a missing value as failing a comparison and passing notIn", () => {
    expect(compile({ field: "score", gte: 0 }).test(row({}))).toBe(false);
    expect(compile({ field: "role", notIn: ["operativ"] }).test(row({}))).toBe(true);
    expect(compile({ field: "note", present: true }).test(row({}))).toBe(false);
    expect(compile({ field: "note", present: false }).test(row({}))).toBe(true);
  });

  it("generates reasons in the program's language when a rule has none", () => {
    const nb = compile({ field: "score", gte: 50 }, { locale: "nb" });
    expect(nb.reasons(row({ score: 10 }))).toEqual(["score ≥ 50"]);
    const sv = compile({ not: { field: "role", in: ["operativ"] } }, { locale: "sv" });
    expect(sv.reasons(row({ role: "operativ" }))).toEqual(["inte: Ledernivå är en av operativ"]);
  });

  it("explains the whole tree with actual values", () => {
    const values = row({ role: "operativ", nominated: true, since: dayNumberOf("2020-01-01") });
    const tree = rule.explain(values);
    expect(tree.passed).toBe(false);
    expect(tree.children.map((c) => [c.passed, c.actual])).toEqual([
      [false, "operativ"],
      [true, undefined],
      [true, "2020-01-01"],
    ]);
    expect(tree.children[1]!.children.map((c) => [c.label, c.passed, c.actual])).toEqual([
      ["nominated is yes", true, "yes"],
      ["attested is yes", false, "missing"],
    ]);
  });

  it("with no eligibility rules, everyone passes", () => {
    const p = programWithFields(FIELDS);
    expect(compileRule(p.eligibility, { program: p, position }).test(row({}))).toBe(true);
  });
});
