import type { Schedule } from "../../core/schedule/schedule.js";
import type { FormatOptions, TextRenderer } from "../formatter.js";

/** What schedule formatters may be told besides colour. */
export interface ScheduleFormatOptions extends FormatOptions {
  /** DTSTAMP of ics events (YYYYMMDDTHHMMSSZ); derived from each program when absent. */
  stamp?: string | undefined;
  /** Draw a month timeline under the table. */
  timeline?: boolean | undefined;
  /** Width of the terminal, for wrapping the table; 100 when unknown. */
  width?: number | undefined;
}

/** How a schedule format is written: pure, data and options in, its whole text out. */
export type ScheduleRenderer = TextRenderer<Schedule, ScheduleFormatOptions>;
