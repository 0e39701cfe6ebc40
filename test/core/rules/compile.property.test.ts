/**
 * The compiled rules agree with a plain reference evaluation, written here
 * independently (it interprets the raw rule tree against a record keyed by
 * field name), on random rule trees and records.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Value } from "../../../src/core/applicants/values.js";
import { dayNumberOf } from "../../../src/core/calendar/date.js";
import type { RuleInput } from "../../../src/core/program/rule-schema.js";
import { compileRule } from "../../../src/core/rules/compile.js";
import { programWithFields } from "../builders.js";

const FIELDS = {
  n: { type: "number" as const },
  b: { type: "boolean" as const },
  e: { type: "enum" as const, values: ["a", "b", "c"] },
  s: { type: "string" as const },
  d: { type: "date" as const },
};
const ORDER = Object.keys(FIELDS) as (keyof typeof FIELDS)[];
const DATES = ["2026-01-01", "2026-06-30", "2027-04-12", "2028-02-29"];

const numberTest = fc.oneof(
  fc.record({ field: fc.constant("n"), equals: fc.integer({ min: -3, max: 3 }) }),
  fc.record({
    field: fc.constant("n"),
    in: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    field: fc.constant("n"),
    notIn: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 3 }),
  }),
  ...(["gte", "gt", "lte", "lt"] as const).map((op) =>
    fc.record({ field: fc.constant("n"), [op]: fc.integer({ min: -3, max: 3 }) }),
  ),
);
const dateTest = fc.oneof(
  ...(["gte", "gt", "lte", "lt", "onOrBefore", "onOrAfter", "equals"] as const).map((op) =>
    fc.record({ field: fc.constant("d"), [op]: fc.constantFrom(...DATES) }),
  ),
  fc.record({
    field: fc.constant("d"),
    onOrBefore: fc.record({
      ref: fc.constant("application.deadline"),
      minus: fc.record({ years: fc.integer({ min: 0, max: 2 }) }),
    }),
  }),
);
const leaf: fc.Arbitrary<RuleInput> = fc.oneof(
  numberTest,
  dateTest,
  fc.record({ field: fc.constant("b"), equals: fc.boolean() }),
  fc.record({ field: fc.constant("e"), equals: fc.constantFrom("a", "b", "c") }),
  fc.record({ field: fc.constant("e"), in: fc.subarray(["a", "b", "c"], { minLength: 1 }) }),
  fc.record({ field: fc.constant("s"), equals: fc.constantFrom("x", "y") }),
  fc.record({ field: fc.constantFrom("n", "e", "s", "d"), present: fc.boolean() }),
) as fc.Arbitrary<RuleInput>;

const tree: fc.Arbitrary<RuleInput> = fc.letrec<{ node: RuleInput }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie("node"), { minLength: 1, maxLength: 4 }) }),
    fc.record({ any: fc.array(tie("node"), { minLength: 1, maxLength: 4 }) }),
    fc.record({ not: tie("node") }),
  ),
})).node;

type RecordValue = {
  n: number | null;
  b: boolean;
  e: string | null;
  s: string | null;
  d: string | null;
};
const recordArb: fc.Arbitrary<RecordValue> = fc.record({
  n: fc.option(fc.integer({ min: -4, max: 4 })),
  b: fc.boolean(),
  e: fc.option(fc.constantFrom("a", "b", "c")),
  s: fc.option(fc.constantFrom("x", "y", "z")),
  d: fc.option(fc.constantFrom(...DATES, "2025-04-12", "2026-04-12", "2026-04-13")),
});

/** Reference semantics, stated plainly: missing values fail every test but notIn and present:false. */
const reference = (rule: RuleInput, r: RecordValue): boolean => {
  if (rule.all) return rule.all.every((c) => reference(c, r));
  if (rule.any) return rule.any.some((c) => reference(c, r));
  if (rule.not) return !reference(rule.not, r);
  const value = r[rule.field as keyof RecordValue];
  if (rule.present !== undefined) return (value !== null) === rule.present;
  const resolve = (o: unknown): unknown => {
    if (o && typeof o === "object" && "ref" in o) {
      const years = (o as unknown as { minus: { years: number } }).minus.years;
      return `${2027 - years}-04-12`;
    }
    return o;
  };
  if (rule.notIn) return value === null || !rule.notIn.map(resolve).includes(value as never);
  if (value === null) return false;
  if (rule.equals !== undefined) return value === resolve(rule.equals);
  if (rule.in) return rule.in.map(resolve).includes(value as never);
  // Numbers compare as numbers; ISO date strings compare correctly as text.
  const [op, operand] = Object.entries(rule).find(([k]) =>
    ["gte", "gt", "lte", "lt", "onOrBefore", "onOrAfter"].includes(k),
  )!;
  const target = resolve(operand) as number | string;
  const v = value as number | string;
  switch (op) {
    case "gte":
    case "onOrAfter":
      return v >= target;
    case "gt":
      return v > target;
    case "lte":
    case "onOrBefore":
      return v <= target;
    default:
      return v < target;
  }
};

const toValues = (r: RecordValue): Value[] =>
  ORDER.map((f) => (f === "d" ? (r.d === null ? null : dayNumberOf(r.d)) : r[f]));

describe("compiled rules (property)", () => {
  const position = new Map(ORDER.map((f, i) => [f, i]));
  it("agree with the reference evaluation, and give reasons exactly when they fail", () => {
    fc.assert(
      fc.property(tree, fc.array(recordArb, { minLength: 1, maxLength: 8 }), (rule, records) => {
        const p = programWithFields(FIELDS, rule, { application: { deadline: "2027-04-12" } });
        const compiled = compileRule(p.eligibility, { program: p, position });
        for (const record of records) {
          const values = toValues(record);
          const expected = reference(rule, record);
          expect(compiled.test(values)).toBe(expected);
          expect(compiled.reasons(values).length > 0).toBe(!expected);
          expect(compiled.explain(values).passed).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});
