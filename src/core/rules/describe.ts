/**
 * The one describer of a field test for people. Check reasons and
 * explanations (compile.ts) and the program page
 * (src/format/schedule/rule-prose.ts) both word a test here, from the rule
 * words of the program's language module (src/core/language/), in one of the
 * table's two styles: `reason`, terse and next to the applicant's value, or
 * `page`, prose for applicants. Each caller writes the operand values its own
 * way (list dates or calendar dates), which is why they are passed in.
 */
import type { RuleWords } from "../language/rule-words.js";
import { RULE_OPERATORS, type RuleOperator } from "../program/rule-operators.js";
import type { RuleInput } from "../program/rule-schema.js";
import type { DateRef } from "../program/scalars.js";

export type RuleStyle = "reason" | "page";

/** One operand of a field test, as the program writes it. */
export type Operand = string | number | boolean | DateRef;

export interface FieldTest {
  rule: RuleInput;
  /** The field as people know it: its column header, else its name. */
  label: string;
  /** Whether the field holds dates (date or datetime). */
  dated: boolean;
}

/** A field test's operator: the first operator key the rule has (the schema allows one). */
export const operatorOf = (rule: RuleInput): RuleOperator =>
  RULE_OPERATORS.find((o) => rule[o] !== undefined) ?? "present";

export const describeTest = (
  test: FieldTest,
  words: RuleWords,
  style: RuleStyle,
  value: (operand: Operand) => string,
): string => {
  const p = words[style];
  const { rule, label } = test;
  const list = (operands: readonly (string | number)[]): string => {
    const texts = operands.map(value);
    if (style === "reason" || texts.length <= 1) return texts.join(", ");
    return `${texts.slice(0, -1).join(", ")} ${words.or} ${texts[texts.length - 1]}`;
  };
  // Reasons write number comparisons as symbols (score ≥ 50) and date ones in
  // words, which read better before a date than ≥ does.
  const wordedDate = style === "reason" && test.dated;
  switch (operatorOf(rule)) {
    case "equals":
      return p.is(label, value(rule.equals!));
    case "in":
      return p.oneOf(label, list(rule.in!));
    case "notIn":
      return p.noneOf(label, list(rule.notIn!));
    case "gte":
      return (wordedDate ? p.onOrAfter : p.gte)(label, value(rule.gte!));
    case "gt":
      return p.gt(label, value(rule.gt!));
    case "lte":
      return (wordedDate ? p.onOrBefore : p.lte)(label, value(rule.lte!));
    case "lt":
      return p.lt(label, value(rule.lt!));
    case "onOrBefore":
      return p.onOrBefore(label, value(rule.onOrBefore!));
    case "onOrAfter":
      return p.onOrAfter(label, value(rule.onOrAfter!));
    case "present":
      return rule.present === false ? p.absent(label) : p.present(label);
  }
};
