/**
 * The eligibility rule language: all / any / not over field tests. One object
 * shape with optional keys, rather than a union, so that a misspelt operator
 * gets a precise "unknown key, did you mean" finding instead of a vague
 * "no union branch matched". normalise.ts turns it into a tagged union.
 */

import { RULE_OPERATORS } from "./rule-operators.js";
import { dateRef, isoDate } from "./scalars.js";
import * as z from "./zod.js";

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const comparable = z.union([z.number(), isoDate, dateRef]);
const dateLike = z.union([isoDate, dateRef]);

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
      return z.array(ruleSchema).min(1).optional().describe("Every rule of the list must hold.");
    },
    get any() {
      return z
        .array(ruleSchema)
        .min(1)
        .optional()
        .describe("At least one rule of the list must hold.");
    },
    get not() {
      return ruleSchema.optional().describe("The rule must not hold.");
    },
    field: z
      .string()
      .optional()
      .describe("A field test: the applicant field to test, with one operator."),
    equals: scalar.optional().describe("The field has exactly this value."),
    in: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .optional()
      .describe("The field has one of these values."),
    notIn: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .optional()
      .describe("The field has none of these values."),
    gte: comparable.optional().describe("The field is at least this number or date."),
    gt: comparable.optional().describe("The field is more than this number, or after this date."),
    lte: comparable.optional().describe("The field is at most this number or date."),
    lt: comparable.optional().describe("The field is less than this number, or before this date."),
    onOrBefore: dateLike
      .optional()
      .describe("The date field is this day or earlier (a date, or a date of the program)."),
    onOrAfter: dateLike
      .optional()
      .describe("The date field is this day or later (a date, or a date of the program)."),
    present: z.boolean().optional().describe("true: the field has a value; false: it is empty."),
  })
  .describe("An eligibility rule: all, any, not, or a field test with one operator.")
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
