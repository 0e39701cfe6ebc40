import { FIRST_YEAR, LAST_YEAR, parseIsoDate, shiftDate } from "../../calendar/date.js";
import type { Finding } from "../../findings.js";
import { listOr } from "../../text/did-you-mean.js";
import { fieldsOf, programDates } from "../model.js";
import { RULE_OPERATORS, type RuleOperator } from "../rule-operators.js";
import type { RuleInput } from "../rule-schema.js";
import type { DateRef } from "../scalars.js";
import type { FieldSpec, Program } from "../schema.js";
import { suggest } from "../suggest.js";
import { error, type ProgramCheck } from "./check.js";

type Path = (string | number)[];

/** Which operators make sense for which field type, and what value they take. */
const OPERATORS_BY_TYPE: Record<FieldSpec["type"], readonly RuleOperator[]> = {
  string: ["equals", "in", "notIn", "present"],
  enum: ["equals", "in", "notIn", "present"],
  // An empty boolean cell reads as "no", so `present` would always pass.
  boolean: ["equals"],
  number: ["equals", "in", "notIn", "gte", "gt", "lte", "lt", "present"],
  date: ["equals", "gte", "gt", "lte", "lt", "onOrBefore", "onOrAfter", "present"],
  datetime: ["gte", "gt", "lte", "lt", "onOrBefore", "onOrAfter", "present"],
};

const describeType = (spec: FieldSpec): string =>
  spec.type === "enum" ? `an enum of ${listOr(spec.values ?? [])}` : `a ${spec.type}`;

/**
 * Checks every field test of a rule tree: the field exists, the operator and
 * value fit its type. Eligibility tests applicant fields; requirements test
 * the record fields, and name the finding of an unknown one their own way.
 */
export const checkRuleTree = (
  program: Program,
  rule: RuleInput,
  path: Path,
  over?: {
    fields: Record<string, FieldSpec>;
    unknown: (field: string, known: string[], path: Path) => Finding;
  },
): Finding[] => {
  const fields = over?.fields ?? fieldsOf(program);
  const missing = over?.unknown ?? unknownField;
  const dates = programDates(program);
  const findings: Finding[] = [];
  const visit = (node: RuleInput, at: Path): void => {
    for (const [i, child] of (node.all ?? []).entries()) visit(child, [...at, "all", i]);
    for (const [i, child] of (node.any ?? []).entries()) visit(child, [...at, "any", i]);
    if (node.not) visit(node.not, [...at, "not"]);
    if (node.field === undefined) return;
    const spec = fields[node.field];
    if (!spec) {
      findings.push(missing(node.field, Object.keys(fields), [...at, "field"]));
      return;
    }
    const op = RULE_OPERATORS.find((o) => node[o] !== undefined);
    if (!op) return;
    const opPath = [...at, op];
    if (!OPERATORS_BY_TYPE[spec.type].includes(op)) {
      findings.push(
        error(
          "rule-type-mismatch",
          `"${op}" does not apply to field "${node.field}", ${describeType(spec)}; use ${listOr(OPERATORS_BY_TYPE[spec.type])}`,
          opPath,
        ),
      );
      return;
    }
    for (const f of checkOperand(node.field, spec, op, node[op], opPath, dates)) findings.push(f);
  };
  visit(rule, path);
  return findings;
};

export const unknownField = (field: string, known: string[], path: Path): Finding =>
  error(
    "unknown-field",
    known.length === 0
      ? `field "${field}" is not declared: the program has no applicants.fields`
      : `field "${field}" is not declared in applicants.fields${suggest(field, known)}`,
    path,
  );

const checkOperand = (
  field: string,
  spec: FieldSpec,
  op: RuleOperator,
  operand: unknown,
  path: Path,
  dates: Map<string, string>,
): Finding[] => {
  if (op === "present") return [];
  const values = Array.isArray(operand) ? operand : [operand];
  const findings: Finding[] = [];
  values.forEach((value, i) => {
    const at = Array.isArray(operand) ? [...path, i] : path;
    const problem = valueProblem(spec, value, dates);
    if (problem) findings.push(error(problem.code, `field "${field}": ${problem.message}`, at));
  });
  return findings;
};

const valueProblem = (
  spec: FieldSpec,
  value: unknown,
  dates: Map<string, string>,
): { code: string; message: string } | undefined => {
  const mismatch = (what: string) => ({
    code: "rule-type-mismatch",
    message: `${what} cannot be compared with ${describeType(spec)}`,
  });
  switch (spec.type) {
    case "number":
      return typeof value === "number" ? undefined : mismatch(describe(value));
    case "boolean":
      return typeof value === "boolean" ? undefined : mismatch(describe(value));
    case "string":
      return typeof value === "string" ? undefined : mismatch(describe(value));
    case "enum": {
      if (typeof value !== "string") return mismatch(describe(value));
      const allowed = spec.values ?? [];
      return allowed.includes(value)
        ? undefined
        : {
            code: "rule-unknown-value",
            message: `"${value}" is not one of its values (${listOr(allowed)})${suggest(value, allowed)}`,
          };
    }
    case "date":
    case "datetime": {
      if (typeof value === "string") {
        return parseIsoDate(value)
          ? undefined
          : { code: "rule-type-mismatch", message: `"${value}" is not a date written YYYY-MM-DD` };
      }
      if (value && typeof value === "object" && "ref" in value) {
        const ref = String((value as { ref: unknown }).ref);
        const base = dates.get(ref);
        if (base === undefined)
          return {
            code: "rule-unknown-ref",
            message: `the program has no date "${ref}"${suggest(ref, dates.keys())}`,
          };
        return offsetProblem(ref, base, value as DateRef);
      }
      return mismatch(describe(value));
    }
  }
};

/** Offsets are applied as the rule engine does: plus, then minus; months, then days. */
const offsetProblem = (
  ref: string,
  base: string,
  operand: DateRef,
): { code: string; message: string } | undefined => {
  let date: string | undefined = base;
  for (const [sign, offset] of [
    [1, operand.plus],
    [-1, operand.minus],
  ] as const) {
    if (!offset || date === undefined) continue;
    date = shiftDate(
      date,
      sign * ((offset.years ?? 0) * 12 + (offset.months ?? 0)),
      sign * ((offset.weeks ?? 0) * 7 + (offset.days ?? 0)),
    );
  }
  return date === undefined
    ? {
        code: "rule-date-out-of-range",
        message: `${ref} (${base}) moved by this offset falls outside the years ${FIRST_YEAR.toString().padStart(4, "0")} to ${LAST_YEAR}, where no date can be written YYYY-MM-DD`,
      }
    : undefined;
};

const describe = (value: unknown): string =>
  typeof value === "string"
    ? /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `the date ${value}`
      : `the text "${value}"`
    : typeof value === "object" && value !== null
      ? "a date reference"
      : `the ${typeof value} ${String(value)}`;

export const eligibilityRules: ProgramCheck = (program) =>
  program.eligibility ? checkRuleTree(program, program.eligibility, ["eligibility"]) : [];
