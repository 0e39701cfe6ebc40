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
    location: z.string().optional().describe("Where the module takes place: a town, a venue."),
    description: z
      .string()
      .optional()
      .describe("What the module is about; shown in schedules and calendar events."),
    mandatory: z
      .boolean()
      .optional()
      .describe(
        "true: every participant must attend it (a requirement with `attendance: { mandatory: true }` checks it).",
      ),
  })
  .describe("A dated gathering (samling) or course day.");

const componentSchema = z
  .strictObject({
    id: slug.describe("Identifier of the component, unique within the program."),
    title: z.string().min(1).describe("Title of the component."),
    kind: z.enum(COMPONENT_KINDS).default("other").describe("What kind of part it is."),
    description: z.string().optional().describe("What the component involves."),
  })
  .describe("A part of the program without fixed dates: shadowing, mentor groups, a project.");

const fieldSchema = z
  .strictObject({
    type: z
      .enum(FIELD_TYPES)
      .describe(
        "How the column's values are read: text, number, yes/no, date, date and time, or one of `values`.",
      ),
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
    description: z
      .string()
      .optional()
      .describe("What the field holds, for people reading the file."),
  })
  .describe("A typed field read from a column of the applicant list.");

/**
 * Bound of the one-choice-per-column form (docs/reliability.md): a ranked
 * list longer than this is no longer a preference.
 */
export const MAX_CHOICE_COLUMNS = 20;

const choicesSchema = z
  .strictObject({
    column: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Header of the one column that holds the ranked list, best first: "Bergen, Tromsø", "1. Bergen 2. Tromsø". Give `column` or `columns`.',
      )
      .meta({ examples: ["Ønsket studiested"] }),
    columns: z
      .array(z.string().min(1))
      .min(1)
      .max(MAX_CHOICE_COLUMNS)
      .optional()
      .describe(
        "Headers of the columns that hold one choice each, best first; empty ones at the end are allowed. Give `column` or `columns`.",
      )
      .meta({ examples: [["1. valg", "2. valg"]] }),
    any: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe(
        'Words an applicant writes to accept any class of the intake, e.g. "hvor som helst", "alle".',
      ),
    required: z
      .boolean()
      .default(true)
      .describe("An empty list makes the row invalid; with false, an empty list means any class."),
  })
  .describe(
    "Where the applicant list holds each applicant's ranked choices of class or site (for intakes with classes).",
  );

const recordFieldSchema = z
  .strictObject({
    type: z
      .enum(FIELD_TYPES)
      .describe(
        "How the column's values are read: text, number, yes/no, date, date and time, or one of `values`.",
      ),
    column: z
      .string()
      .min(1)
      .optional()
      .describe("Header of the column in the roster; defaults to the field name."),
    values: z
      .array(z.string().min(1))
      .min(1)
      .optional()
      .describe("Allowed values of an enum field."),
    description: z
      .string()
      .optional()
      .describe("What the field holds, for people reading the file."),
  })
  .describe(
    "A typed field of a participant's record: one column of the roster, filled in by hand.",
  );

const recordsSchema = z
  .strictObject({
    fields: z
      .record(slug, recordFieldSchema)
      .describe(
        "The fields requirement rules read, by name (project approved, credits): each one column of the roster.",
      ),
  })
  .describe(
    "What is recorded about each participant after admission, besides attendance: the columns `cohort roster` adds and `cohort progress` reads.",
  );

/** Bound of the requirements list (docs/reliability.md). */
export const MAX_REQUIREMENTS = 100;

export const ATTENDANCE_MEASURES = ["modules", "days", "percent", "mandatory"] as const;
export type AttendanceMeasure = (typeof ATTENDANCE_MEASURES)[number];

const attendanceSchema = z
  .strictObject({
    modules: z
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe("At least this many modules attended (a module counts when one of its days is)."),
    days: z
      .int()
      .min(1)
      .max(100_000)
      .optional()
      .describe("At least this many module days attended."),
    percent: z
      .number()
      .gt(0)
      .max(100)
      .optional()
      .describe("At least this share of the module days attended, in per cent."),
    mandatory: z
      .boolean()
      .optional()
      .describe("Every module marked `mandatory: true` attended (one of its days at least)."),
    among: z
      .array(slug)
      .min(1)
      .optional()
      .describe("Count only these modules, by id; every module when absent."),
  })
  .describe("What attendance the requirement needs: one of modules, days, percent or mandatory.")
  .superRefine((value, ctx) => {
    const given = ATTENDANCE_MEASURES.filter((key) => value[key] !== undefined);
    if (value.mandatory === false)
      ctx.addIssue({
        code: "custom",
        message: "mandatory: false checks nothing; write mandatory: true, or another measure",
        path: ["mandatory"],
      });
    else if (given.length !== 1)
      ctx.addIssue({
        code: "custom",
        message:
          given.length === 0
            ? "attendance needs one of modules, days, percent or mandatory"
            : `attendance takes one of modules, days, percent or mandatory, not ${given.join(" and ")}`,
      });
  });

const requirementSchema = z
  .strictObject({
    id: slug.describe("Identifier of the requirement, unique within the program."),
    text: z.string().min(1).describe("The requirement, in the program's language."),
    attendance: attendanceSchema.optional(),
    rule: ruleSchema
      .optional()
      .describe(
        "A rule over the participant's record (`records.fields`): all, any, not, field tests, as in eligibility.",
      ),
  })
  .describe(
    "One requirement: checked by `cohort progress` when it has `attendance` or `rule` (both must hold when it has both), else checked by hand.",
  );

export const TEAM_RANKS = ["lowest", "highest"] as const;
export const TEAM_INELIGIBLE = ["team", "members"] as const;

const teamSchema = z
  .strictObject({
    column: z
      .string()
      .min(1)
      .describe(
        "Header of the column that holds each applicant's leader group (team) id; rows with the same id are admitted together, into one class, or none of them; an empty cell applies alone.",
      )
      .meta({ examples: ["Ledergruppe-ID"] }),
    rank: z
      .enum(TEAM_RANKS)
      .default("lowest")
      .describe(
        "Where a group stands in the rank order: at its lowest-ranked member (so nobody is carried in above their own merit), or at its highest-ranked one.",
      ),
    ineligible: z
      .enum(TEAM_INELIGIBLE)
      .default("team")
      .describe(
        "What an ineligible (or invalid) member means: team, the group is not admitted and its other members are told who and which rule; members, the eligible members go on as a group.",
      ),
  })
  .describe(
    "Leader groups that apply together: admitted whole, into one class, or not at all; each member counts against quotas, spread limits and class seats.",
  );

const applicantsSchema = z
  .strictObject({
    id: z.string().min(1).describe("Header of the column that identifies an applicant."),
    fields: z
      .record(slug, fieldSchema)
      .describe("The fields rules, quotas and ranking use, by name: each read from one column."),
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
    choices: choicesSchema.optional(),
    team: teamSchema.optional(),
  })
  .describe("How the applicant list maps to typed fields.");

const quotaSchema = z
  .strictObject({
    id: slug.describe("Identifier of the quota, unique within the program."),
    label: z.string().optional().describe("Name of the quota as reports show it."),
    seats: z.int().min(0).describe("Seats reserved for the quota's applicants."),
    when: z
      .strictObject({
        field: z.string().describe("The field that decides membership."),
        equals: z
          .union([z.string(), z.boolean()])
          .optional()
          .describe("The one value members have (give `equals` or `in`)."),
        in: z
          .array(z.string())
          .min(1)
          .optional()
          .describe("The values members have (give `equals` or `in`)."),
      })
      .describe("Which applicants belong to this quota: one field, one or more values."),
  })
  .describe("Seats set aside for applicants with one value (or values) of a field (vertical).");

const limitSchema = z
  .strictObject({
    min: z.int().min(0).optional().describe("Seats this value must get, when the pool allows."),
    max: z.int().min(0).optional().describe("Seats this value may not exceed."),
  })
  .describe("Limits for one value of the spread field.");

const spreadSchema = z
  .strictObject({
    field: z.string().describe("The field whose values the seats are spread over."),
    min: z.int().min(0).optional().describe("Seats each value must get, when the pool allows."),
    max: z.int().min(0).optional().describe("Seats no value may exceed."),
    values: z
      .record(z.string(), limitSchema)
      .optional()
      .describe("Overrides of min and max for single values."),
  })
  .describe("Limits per value of a field, across the quotas (horizontal).");

const rankingSchema = z
  .strictObject({
    field: z.string().describe("A number, date or datetime field to rank eligible applicants by."),
    order: z
      .enum(["asc", "desc"])
      .default("desc")
      .describe("desc: the highest value first; asc: the lowest first."),
  })
  .describe("One ranking key; later keys break ties of earlier ones.");

const seatsSchema = z
  .strictObject({
    total: z.int().min(1).describe("Number of seats in the cohort."),
    quotas: z
      .array(quotaSchema)
      .optional()
      .describe("Seats reserved for groups of applicants; the rest are open to all."),
    unfilled: z
      .enum(["transfer", "keep-empty"])
      .default("transfer")
      .describe(
        "What happens to quota seats too few applicants qualify for: given to others, or left empty.",
      ),
    spread: z
      .array(spreadSchema)
      .optional()
      .describe(
        "Fields whose values get a minimum or maximum of seats, any number of them, each field once; their limits hold together.",
      ),
    ranking: z
      .array(rankingSchema)
      .optional()
      .describe(
        "How eligible applicants are ordered when there are more than seats; none means all are equal.",
      ),
    ties: z
      .enum(["lottery", "first-come"])
      .default("lottery")
      .describe(
        "How equally ranked applicants are ordered: a seeded lottery, or the time of application.",
      ),
    timestamp: z
      .string()
      .optional()
      .describe("Field (datetime or date) that orders ties under `ties: first-come`."),
  })
  .describe("How many seats there are and how they are allocated.");

/**
 * Bounds of the intake lists (docs/reliability.md): validate runs the date
 * checks once per intake and class, so a file of a million tiny intakes
 * sharing a long top-level module list would keep it busy for hours.
 */
export const MAX_INTAKES = 100;
export const MAX_CLASSES = 100;

const applicationSchema = z
  .strictObject({
    opens: isoDate
      .optional()
      .describe("First day applications are accepted (YYYY-MM-DD).")
      .meta({ examples: ["2027-01-04"] }),
    deadline: isoDate
      .optional()
      .describe("Last day to apply (YYYY-MM-DD); every module must start after it.")
      .meta({ examples: ["2027-04-12"] }),
    how: z.string().optional().describe("How to apply or be nominated, in words."),
  })
  .describe("The application window.");

const classSchema = z
  .strictObject({
    id: slug.describe("Identifier of the class, unique within its intake."),
    label: z
      .string()
      .min(1)
      .describe("Name of the class as coordinators and participants read it."),
    site: z.string().min(1).describe("Where the class meets: a city or a site."),
    seats: z
      .int()
      .min(0)
      .describe("Seats of this class; the classes' seats add up to the intake's."),
    modules: z
      .array(moduleSchema)
      .optional()
      .describe("The class's own module dates; without them the class follows the intake's."),
  })
  .describe("One of the parallel classes of an intake.");

const intakeSchema = z
  .strictObject({
    id: slug.describe("Identifier of the intake, unique within the program, e.g. 2027."),
    label: z.string().min(1).optional().describe("Name of the intake; defaults to its id."),
    application: applicationSchema
      .optional()
      .describe("This intake's application window; keys it leaves out come from the top level."),
    seats: z.int().min(1).optional().describe("Seats of this intake; defaults to seats.total."),
    modules: z
      .array(moduleSchema)
      .optional()
      .describe("This intake's module dates; defaults to the top-level modules."),
    classes: z
      .array(classSchema)
      .min(1)
      .max(MAX_CLASSES)
      .optional()
      .describe("Parallel classes, each with its own seats and site."),
  })
  .describe("One intake (opptak) of a program that runs again: its window, dates and classes.");

const competencySchema = z
  .strictObject({
    title: z.string().describe("Name of the competency framework."),
    source: z.string().optional().describe("Where the framework comes from: a document, a URL."),
    areas: z
      .array(
        z
          .strictObject({
            id: slug.describe("Identifier of the area, unique within the framework."),
            title: z.string().describe("Title of the area."),
            items: z
              .array(z.string())
              .min(1)
              .describe("The competencies of the area, one line each."),
          })
          .describe("One area of the framework."),
      )
      .min(1)
      .describe("The framework's areas, in order."),
  })
  .describe("A competency framework: areas, each with its competencies.");

export const programSchema = z
  .strictObject({
    id: slug
      .describe(
        "Slug, unique across the programs folder; commands find the program by it, and the file is named after it.",
      )
      .meta({ examples: ["topplederprogrammet", "ny-som-leder-2028"] }),
    kind: z
      .enum(["program", "framework"])
      .default("program")
      .describe("A program admits participants; a framework only describes competencies."),
    name: z.string().min(1).describe("The program's full name, as participants know it."),
    owner: z
      .string()
      .min(1)
      .describe("Who owns the program and decides admission: an organisation or a unit."),
    provider: z
      .string()
      .optional()
      .describe("Who delivers the program, when not the owner: a university, a consultancy."),
    url: z
      .string()
      .optional()
      .describe("The program's web page; calendar events link to it.")
      .meta({ examples: ["https://example.org/leadership"] }),
    summary: z.string().optional().describe("What the program is, in a sentence or two."),
    audience: z.string().optional().describe("Who the program is for, in words."),
    status: z
      .enum(["active", "under-revision", "paused", "ended"])
      .default("active")
      .describe("Whether the program currently runs, as its owner says."),
    revision: z
      .int()
      .min(0)
      .max(1_000_000)
      .optional()
      .describe(
        "Revision of the program's dates, 0 when absent. Raise it by one whenever you move, add or remove a module: it is the SEQUENCE of every event in `cohort schedule --format ics`, so calendars that imported the file update their events.",
      ),
    locale: z.enum(LOCALES).describe("Language of dates and generated reasons."),
    country: z.enum(COUNTRIES).describe("Country whose public holidays date checks use."),
    intake: z
      .enum(["annual", "once", "continuous", "undecided"])
      .optional()
      .describe("How often the program takes in a new cohort."),
    illustrative: z
      .array(z.string())
      .optional()
      .describe("Keys whose values are illustrative: the source does not give them."),
    credits: z
      .strictObject({
        ects: z.number().positive().describe("Study points (ECTS credits) the program gives."),
        level: z.enum(CREDIT_LEVELS).describe("Level of the credits in higher education."),
      })
      .optional()
      .describe("Academic credits for completing the program."),
    fee: z
      .strictObject({
        payer: z.enum(FEE_PAYERS).describe("Who pays the fee; none when the program is free."),
        amount: z.number().nonnegative().optional().describe("The fee, in `currency`."),
        currency: z.enum(["NOK", "SEK", "DKK", "EUR"]).optional().describe("Currency of `amount`."),
        note: z.string().optional().describe("What the fee covers, or other terms, in words."),
      })
      .optional()
      .describe("What taking part costs, and who pays."),
    application: applicationSchema.optional().describe("When and how to apply."),
    format: z
      .strictObject({
        gatherings: z.int().min(1).optional().describe("Number of modules the program has."),
        days: z.int().min(1).optional().describe("Days of all modules together."),
        duration: z
          .string()
          .optional()
          .describe("How long the program runs, in words.")
          .meta({ examples: ["ett år", "18 months"] }),
      })
      .optional()
      .describe("Declared shape; validate compares it with the modules."),
    modules: z
      .array(moduleSchema)
      .optional()
      .describe("The dated gatherings, in any order; schedules sort them by date."),
    intakes: z
      .array(intakeSchema)
      .min(1)
      .max(MAX_INTAKES)
      .optional()
      .describe(
        "Intakes of a program that runs again with the same rules: each its own window, dates and classes.",
      ),
    components: z
      .array(componentSchema)
      .optional()
      .describe("Parts of the program without fixed dates."),
    applicants: applicantsSchema.optional(),
    eligibility: ruleSchema
      .optional()
      .describe(
        "Who may be admitted: a rule over the applicant fields (all, any, not, field tests).",
      ),
    seats: seatsSchema.optional(),
    records: recordsSchema.optional(),
    requirements: z
      .array(requirementSchema)
      .max(MAX_REQUIREMENTS)
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
export type Intake = z.output<typeof intakeSchema>;
export type ProgramClass = z.output<typeof classSchema>;
export type RecordFieldSpec = z.output<typeof recordFieldSchema>;
export type Requirement = z.output<typeof requirementSchema>;
export type Attendance = z.output<typeof attendanceSchema>;
export type ChoicesSpec = z.output<typeof choicesSchema>;
export type TeamSpec = z.output<typeof teamSchema>;
