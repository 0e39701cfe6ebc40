/**
 * The operators of a field test, in the order a rule's keys are read. Apart
 * from rule-schema.ts so that code which only reads rules (the rule engine,
 * the check workers) does not load zod and build the program's schemas.
 */
export const RULE_OPERATORS = [
  "equals",
  "in",
  "notIn",
  "gte",
  "gt",
  "lte",
  "lt",
  "onOrBefore",
  "onOrAfter",
  "present",
] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];
