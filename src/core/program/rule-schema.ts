/**
 * The eligibility rule language: all / any / not over field tests. One object
 * shape with optional keys, rather than a union, so that a misspelt operator
 * gets a precise "unknown key, did you mean" finding instead of a vague
 * "no union branch matched". normalise.ts turns it into a tagged union.
 */

import { dateRef, isoDate } from "./scalars.js";
import * as z from "./zod.js";

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const comparable = z.union([z.number(), isoDate, dateRef]);
const dateLike = z.union([isoDate, dateRef]);

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

export interface RuleInput {
  reason?: string | undefined;
  all?: RuleInput[] | undefined;
  any?: RuleInput[] | undefined;
  not?: RuleInput | undefined;
  field?: string | undefined;
  equals?: string | number | boolean | undefined;
  in?: (string | number)[] | undefined;
  notIn?: (string | number)[] | undefined;
  gte?: z.output<typeof comparable> | undefined;
  gt?: z.output<typeof comparable> | undefined;
  lte?: z.output<typeof comparable> | undefined;
  lt?: z.output<typeof comparable> | undefined;
  onOrBefore?: z.output<typeof dateLike> | undefined;
  onOrAfter?: z.output<typeof dateLike> | undefined;
  present?: boolean | undefined;
}

const COMBINATORS = ["all", "any", "not", "field"] as const;

export const ruleSchema: z.ZodType<RuleInput> = z
  .strictObject({
    reason: z
      .string()
      .min(1)
      .optional()
      .describe("Why the rule exists, in the program's language."),
    get all() {
      return z.array(ruleSchema).min(1).optional();
    },
    get any() {
      return z.array(ruleSchema).min(1).optional();
    },
    get not() {
      return ruleSchema.optional();
    },
    field: z.string().optional(),
    equals: scalar.optional(),
    in: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .optional(),
    notIn: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .optional(),
    gte: comparable.optional(),
    gt: comparable.optional(),
    lte: comparable.optional(),
    lt: comparable.optional(),
    onOrBefore: dateLike.optional(),
    onOrAfter: dateLike.optional(),
    present: z.boolean().optional(),
  })
  .superRefine((rule, ctx) => {
    const heads = COMBINATORS.filter((key) => rule[key] !== undefined);
    if (heads.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message:
          heads.length === 0
            ? "a rule needs one of all, any, not or field"
            : `a rule takes one of all, any, not or field, not ${heads.join(" and ")}`,
      });
      return;
    }
    const operators = RULE_OPERATORS.filter((op) => rule[op] !== undefined);
    if (rule.field !== undefined && operators.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message:
          operators.length === 0
            ? `a field test needs one operator: ${RULE_OPERATORS.join(", ")}`
            : `a field test takes one operator, not ${operators.join(" and ")}`,
      });
    }
    if (rule.field === undefined && operators.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `${operators[0]} needs a field`,
      });
    }
  });
