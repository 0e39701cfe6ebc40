import type { Schedule } from "../../core/schedule/schedule.js";
import type { FormatOptions, TextRenderer } from "../formatter.js";

/**
 * What schedule formatters may be told besides colour. `width` (the
 * terminal's) fits every line of the table format; without it the table is
 * laid out for 100 columns and the other lines are left as they are.
 */
export interface ScheduleFormatOptions extends FormatOptions {
  /** DTSTAMP of ics events (YYYYMMDDTHHMMSSZ); derived from each program when absent. */
  stamp?: string | undefined;
  /** Draw a month timeline under the table. */
  timeline?: boolean | undefined;
}

/** How a schedule format is written: pure, data and options in, its whole text out. */
export type ScheduleRenderer = TextRenderer<Schedule, ScheduleFormatOptions>;
