/**
 * Rule trees compiled once per run into closures over a row's typed values:
 * no tree walking, no lookups by field name, no allocation on the hot path
 * (`test`). Reasons and explanations walk the same compiled nodes, so the
 * fast verdict and the explanation cannot disagree.
 */

import type { Value } from "../applicants/values.js";
import { dayNumberOf, formatDayNumber, fromDayNumber, type IsoDate } from "../calendar/date.js";
import { languageOf } from "../language/index.js";
import type { RuleWords } from "../language/rule-words.js";
import { programDates, resolveDateRef } from "../program/model.js";
import type { RuleInput } from "../program/rule-schema.js";
import type { DateRef } from "../program/scalars.js";
import type { FieldSpec, Program, RecordFieldSpec } from "../program/schema.js";
import { describeTest, type Operand, operatorOf } from "./describe.js";

export interface ExplainNode {
  /** The node's reason, or a generated description. */
  label: string;
  passed: boolean;
  /** For field tests: the applicant's value as written for people. */
  actual?: string;
  /** For field tests with a reason of their own: the test itself, with its cut-off. */
  test?: string;
  children: ExplainNode[];
}

export interface CompiledRule {
  /** Whether the values pass: the hot path. */
  test(values: readonly Value[]): boolean;
  /** Every failing reason: for each failing branch its own reason, or the nearest generated one. */
  reasons(values: readonly Value[]): string[];
  explain(values: readonly Value[]): ExplainNode;
}

interface Node {
  label: string;
  explicit: boolean;
  test: (values: readonly Value[]) => boolean;
  children: Node[];
  kind: "all" | "any" | "not" | "test";
  actual?: (values: readonly Value[]) => string;
  detail?: string;
}

export interface RuleContext {
  program: Program;
  /** Field name -> index in a row's values. */
  position: ReadonlyMap<string, number>;
  /** The fields the rule tests: the applicant fields unless told (requirements test record fields). */
  fields?: Readonly<Record<string, FieldSpec | RecordFieldSpec>>;
}

const DAY = 1440;

const resolveDate = (operand: string | DateRef, dates: ReadonlyMap<string, IsoDate>): number => {
  if (typeof operand === "string") return dayNumberOf(operand);
  const date = resolveDateRef(dates, operand);
  if (!date) throw new Error(`unknown date reference ${operand.ref}`);
  return dayNumberOf(date);
};

const show = (value: Value, spec: FieldSpec, words: RuleWords): string => {
  if (value === null) return words.missing;
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (spec.type === "date" && typeof value === "number") return formatDayNumber(value);
  if (spec.type === "datetime" && typeof value === "number") {
    const day = Math.floor(value / DAY);
    const minutes = Math.round(value - day * DAY);
    return `${formatDayNumber(day)} ${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  }
  return String(value);
};

const compileTest = (
  rule: RuleInput,
  context: RuleContext,
  words: RuleWords,
  dates: ReadonlyMap<string, IsoDate>,
): Node => {
  const field = rule.field!;
  const spec = (context.fields ?? context.program.applicants?.fields)?.[field] as
    | FieldSpec
    | undefined;
  const index = context.position.get(field);
  if (!spec || index === undefined) throw new Error(`rule names undeclared field ${field}`);
  const op = operatorOf(rule);
  const operand = rule[op];
  const name = spec.column ?? field;
  const isTime = spec.type === "datetime";
  const dated = spec.type === "date" || isTime;
  // Dates compare as day numbers; datetimes by their day when compared with a date.
  const scalar = (v: Value): Value => (isTime && typeof v === "number" ? Math.floor(v / DAY) : v);
  const asOperand = (o: unknown): Value =>
    dated ? resolveDate(o as string | DateRef, dates) : (o as Value);
  // Dates in a sentence are written the local way ("12. april 2027"), not ISO.
  const sentenceDate = (day: number): string => {
    const { year, month, day: d } = fromDayNumber(day);
    return languageOf(context.program.locale).dates(year, month, d);
  };
  const display = (o: Operand): string => {
    if (dated) return sentenceDate(asOperand(o) as number);
    if (typeof o === "boolean") return o ? words.yes : words.no;
    return String(o);
  };
  let test: (v: Value) => boolean;
  switch (op) {
    case "equals": {
      const target = asOperand(operand);
      test = (v) => v !== null && scalar(v) === target;
      break;
    }
    case "in":
    case "notIn": {
      const set = new Set((operand as (string | number)[]).map((o) => asOperand(o)));
      test =
        op === "in"
          ? (v) => v !== null && set.has(scalar(v))
          : (v) => v === null || !set.has(scalar(v));
      break;
    }
    case "gte":
    case "onOrAfter": {
      const target = asOperand(operand) as number;
      test = (v) => v !== null && (scalar(v) as number) >= target;
      break;
    }
    case "lte":
    case "onOrBefore": {
      const target = asOperand(operand) as number;
      test = (v) => v !== null && (scalar(v) as number) <= target;
      break;
    }
    case "gt": {
      const target = asOperand(operand) as number;
      test = (v) => v !== null && (scalar(v) as number) > target;
      break;
    }
    case "lt": {
      const target = asOperand(operand) as number;
      test = (v) => v !== null && (scalar(v) as number) < target;
      break;
    }
    case "present": {
      const wanted = operand === true;
      test = (v) => (v !== null) === wanted;
      break;
    }
  }
  const sentence = describeTest({ rule, label: name, dated }, words, "reason", display);
  return {
    kind: "test",
    label: rule.reason ?? sentence,
    explicit: rule.reason !== undefined,
    ...(rule.reason !== undefined ? { detail: sentence } : {}),
    test: (values) => test(values[index]!),
    children: [],
    actual: (values) => show(values[index]!, spec, words),
  };
};

const compileNode = (
  rule: RuleInput,
  context: RuleContext,
  words: RuleWords,
  dates: ReadonlyMap<string, IsoDate>,
): Node => {
  if (rule.field !== undefined) return compileTest(rule, context, words, dates);
  if (rule.not) {
    const child = compileNode(rule.not, context, words, dates);
    return {
      kind: "not",
      label: rule.reason ?? `${words.reason.not}: ${child.label}`,
      explicit: rule.reason !== undefined,
      test: (v) => !child.test(v),
      children: [child],
    };
  }
  const children = (rule.all ?? rule.any ?? []).map((c) => compileNode(c, context, words, dates));
  if (rule.all) {
    return {
      kind: "all",
      label: rule.reason ?? `${words.reason.all}: ${children.map((c) => c.label).join("; ")}`,
      explicit: rule.reason !== undefined,
      test: (v) => {
        for (const child of children) if (!child.test(v)) return false;
        return true;
      },
      children,
    };
  }
  return {
    kind: "any",
    label: rule.reason ?? `${words.reason.any}: ${children.map((c) => c.label).join("; ")}`,
    explicit: rule.reason !== undefined,
    test: (v) => {
      for (const child of children) if (child.test(v)) return true;
      return false;
    },
    children,
  };
};

/** A failing `all` without a reason of its own reports each failing child; other nodes report themselves. */
const failing = (node: Node, values: readonly Value[], into: string[]): void => {
  if (node.test(values)) return;
  if (node.kind === "all" && !node.explicit) {
    for (const child of node.children) failing(child, values, into);
    return;
  }
  into.push(node.label);
};

const explainNode = (node: Node, values: readonly Value[]): ExplainNode => ({
  label: node.label,
  passed: node.test(values),
  ...(node.actual ? { actual: node.actual(values) } : {}),
  ...(node.detail ? { test: node.detail } : {}),
  children: node.children.map((c) => explainNode(c, values)),
});

const ALWAYS: CompiledRule = {
  test: () => true,
  reasons: () => [],
  explain: () => ({ label: "—", passed: true, children: [] }),
};

export const compileRule = (rule: RuleInput | undefined, context: RuleContext): CompiledRule => {
  if (!rule) return ALWAYS;
  // Most ineligible applicants fail the same few combinations of rules: hand
  // out one shared, frozen array per combination, so a million verdicts do
  // not hold a million arrays, and callers can cache by identity.
  const seen = new Map<string, readonly string[]>();
  const interned = (reasons: string[]): string[] => {
    const key = reasons.join("\u0000");
    let shared = seen.get(key);
    if (!shared) {
      shared = Object.freeze(reasons);
      if (seen.size < 4096) seen.set(key, shared);
    }
    return shared as string[];
  };
  const root = compileNode(
    rule,
    context,
    languageOf(context.program.locale).rules,
    programDates(context.program),
  );
  return {
    test: root.test,
    reasons: (values) => {
      const out: string[] = [];
      failing(root, values, out);
      return interned(out);
    },
    explain: (values) => explainNode(root, values),
  };
};
