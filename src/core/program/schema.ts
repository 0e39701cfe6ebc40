/**
 * The program file format, as one zod schema. It is the single source of the
 * program's TypeScript types (exported below), of validation, and of the JSON
 * Schema that editors read (`cohort schema`, schema/program.schema.json). The
 * locales are the language registry's (src/core/language/); closed lists that
 * parts below the schema need too live in src/core/vocabulary.ts.
 *
 * Objects are strict so that a misspelt key is a finding with a did-you-mean,
 * not a value silently ignored.
 */

import { LOCALES } from "../language/index.js";
import { COMPONENT_KINDS, COUNTRIES, CREDIT_LEVELS, FEE_PAYERS } from "../vocabulary.js";
import { ruleSchema } from "./rule-schema.js";
import { isoDate, slug } from "./scalars.js";
import * as z from "./zod.js";

// A program file is parsed once per run: compiling zod's fast path with
// new Function() costs more start-up time than it saves.
z.config({ jitless: true });

export const FIELD_TYPES = ["string", "number", "boolean", "date", "datetime", "enum"] as const;

const moduleSchema = z
  .strictObject({
    id: slug.describe("Identifier of the module, unique within the program."),
    title: z.string().min(1).describe("Title as shown in schedules."),
    start: isoDate.describe("First day (YYYY-MM-DD)."),
    end: isoDate
      .optional()
      .describe("Last day, inclusive. Give `end` or `days`; neither means one day."),
    days: z.int().min(1).max(366).optional().describe("Number of days, counting weekends."),
    location: z.string().optional(),
    description: z.string().optional(),
  })
  .describe("A dated gathering (samling) or course day.");

const componentSchema = z
  .strictObject({
    id: slug,
    title: z.string().min(1),
    kind: z.enum(COMPONENT_KINDS).default("other"),
    description: z.string().optional(),
  })
  .describe("A part of the program without fixed dates: shadowing, mentor groups, a project.");

const fieldSchema = z
  .strictObject({
    type: z.enum(FIELD_TYPES),
    column: z
      .string()
      .min(1)
      .optional()
      .describe("Header of the column in the applicant list; defaults to the field name."),
    values: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("Allowed values of an enum field."),
    required: z
      .boolean()
      .default(true)
      .describe("A required field must have a column and a value on every row."),
    description: z.string().optional(),
  })
  .describe("A typed field read from a column of the applicant list.");

const applicantsSchema = z
  .strictObject({
    id: z.string().min(1).describe("Header of the column that identifies an applicant."),
    fields: z.record(slug, fieldSchema),
    carry: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        "Headers of list columns carried into results and letters as they are (name, e-mail, employer).",
      ),
    email: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Header of the column with the applicant's e-mail address (cohort letters); carried too.",
      ),
    name: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Header of the column with the applicant's name, for the greeting of letters; carried too.",
      ),
  })
  .describe("How the applicant list maps to typed fields.");

const quotaSchema = z.strictObject({
  id: slug,
  label: z.string().optional(),
  seats: z.int().min(0),
  when: z
    .strictObject({
      field: z.string(),
      equals: z.union([z.string(), z.boolean()]).optional(),
      in: z.array(z.string()).min(1).optional(),
    })
    .describe("Which applicants belong to this quota: one field, one or more values."),
});

const limitSchema = z.strictObject({
  min: z.int().min(0).optional(),
  max: z.int().min(0).optional(),
});

const spreadSchema = z
  .strictObject({
    field: z.string(),
    min: z.int().min(0).optional().describe("Seats each value must get, when the pool allows."),
    max: z.int().min(0).optional().describe("Seats no value may exceed."),
    values: z
      .record(z.string(), limitSchema)
      .optional()
      .describe("Overrides of min and max for single values."),
  })
  .describe("Limits per value of a field, across the quotas (horizontal).");

const rankingSchema = z.strictObject({
  field: z.string(),
  order: z.enum(["asc", "desc"]).default("desc"),
});

const seatsSchema = z.strictObject({
  total: z.int().min(1),
  quotas: z.array(quotaSchema).optional(),
  unfilled: z.enum(["transfer", "keep-empty"]).default("transfer"),
  spread: z.array(spreadSchema).optional(),
  ranking: z.array(rankingSchema).optional(),
  ties: z.enum(["lottery", "first-come"]).default("lottery"),
  timestamp: z
    .string()
    .optional()
    .describe("Field (datetime or date) that orders ties under `ties: first-come`."),
});

const competencySchema = z.strictObject({
  title: z.string(),
  source: z.string().optional(),
  areas: z
    .array(
      z.strictObject({
        id: slug,
        title: z.string(),
        items: z.array(z.string()).min(1),
      }),
    )
    .min(1),
});

export const programSchema = z
  .strictObject({
    id: slug.describe("Slug, unique across the programs folder."),
    kind: z
      .enum(["program", "framework"])
      .default("program")
      .describe("A program admits participants; a framework only describes competencies."),
    name: z.string().min(1),
    owner: z.string().min(1),
    provider: z.string().optional(),
    url: z.string().optional(),
    summary: z.string().optional(),
    audience: z.string().optional(),
    status: z
      .enum(["active", "under-revision", "paused", "ended"])
      .default("active")
      .describe("Whether the program currently runs, as its owner says."),
    locale: z.enum(LOCALES).describe("Language of dates and generated reasons."),
    country: z.enum(COUNTRIES).describe("Country whose public holidays date checks use."),
    intake: z.enum(["annual", "once", "continuous", "undecided"]).optional(),
    illustrative: z
      .array(z.string())
      .optional()
      .describe("Keys whose values are illustrative: the source does not give them."),
    credits: z
      .strictObject({
        ects: z.number().positive(),
        level: z.enum(CREDIT_LEVELS),
      })
      .optional(),
    fee: z
      .strictObject({
        payer: z.enum(FEE_PAYERS),
        amount: z.number().nonnegative().optional(),
        currency: z.enum(["NOK", "SEK", "DKK", "EUR"]).optional(),
        note: z.string().optional(),
      })
      .optional(),
    application: z
      .strictObject({
        opens: isoDate.optional(),
        deadline: isoDate.optional(),
        how: z.string().optional().describe("How to apply or be nominated, in words."),
      })
      .optional(),
    format: z
      .strictObject({
        gatherings: z.int().min(1).optional(),
        days: z.int().min(1).optional(),
        duration: z.string().optional(),
      })
      .optional()
      .describe("Declared shape; validate compares it with the modules."),
    modules: z.array(moduleSchema).optional(),
    components: z.array(componentSchema).optional(),
    applicants: applicantsSchema.optional(),
    eligibility: ruleSchema.optional(),
    seats: seatsSchema.optional(),
    requirements: z
      .array(z.strictObject({ id: slug, text: z.string().min(1) }))
      .optional()
      .describe("What participants must complete."),
    competencies: competencySchema.optional(),
  })
  .describe("A leadership program kept as code by cohort.");

export type ProgramInput = z.input<typeof programSchema>;
export type Program = z.output<typeof programSchema>;
export type ProgramModule = z.output<typeof moduleSchema>;
export type ProgramComponent = z.output<typeof componentSchema>;
export type FieldSpec = z.output<typeof fieldSchema>;
export type FieldType = (typeof FIELD_TYPES)[number];
export type Quota = z.output<typeof quotaSchema>;
export type Spread = z.output<typeof spreadSchema>;
export type Seats = z.output<typeof seatsSchema>;
