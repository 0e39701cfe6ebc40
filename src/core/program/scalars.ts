import { SLUG } from "./slug.js";
import * as z from "./zod.js";

/** Lower-case identifier used for program, module, quota and field ids. */
export const slug = z.string().regex(SLUG, "use lower-case letters, digits, '-' and '_'");

/**
 * A calendar date written YYYY-MM-DD. zod's ISO date check also rejects
 * impossible days (2027-02-30); the YAML loader keeps such scalars as strings
 * because it parses with the YAML 1.2 core schema, which has no timestamps.
 */
export const isoDate = z.iso.date();

const offset = z
  .strictObject({
    years: z.int().min(0).optional().describe("Number of years."),
    months: z.int().min(0).optional().describe("Number of months."),
    weeks: z.int().min(0).optional().describe("Number of weeks."),
    days: z.int().min(0).optional().describe("Number of days."),
  })
  .describe("A span of time: years, months, weeks and days added together.");
export type DateOffset = z.output<typeof offset>;

/** Program dates a rule may refer to. */
export const DATE_REF_PATTERN =
  /^(application\.(opens|deadline)|start|end|modules\.[a-z0-9_-]+\.(start|end))$/;

export const dateRef = z
  .strictObject({
    ref: z
      .string()
      .regex(
        DATE_REF_PATTERN,
        "refer to application.opens, application.deadline, start, end or modules.<id>.start|end",
      )
      .describe(
        "The date: application.opens, application.deadline, start (the first module day), end (the last) or modules.<id>.start|end.",
      )
      .meta({ examples: ["application.deadline", "modules.oppstart.start"] }),
    plus: offset.optional().describe("Move the date this much later."),
    minus: offset.optional().describe("Move the date this much earlier."),
  })
  .describe("A date of the program itself, optionally moved by an offset.");
export type DateRef = z.output<typeof dateRef>;
