import type { Schedule } from "../../core/schedule/schedule.js";
import { type Formatter, whole } from "../formatter.js";
import { formatHtml } from "./html.js";
import { formatIcs } from "./ics.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import type { ScheduleFormat } from "./names.js";
import type { ScheduleFormatOptions } from "./options.js";
import { formatTable } from "./table.js";

export { SCHEDULE_FORMAT_NAMES, type ScheduleFormat } from "./names.js";

/** Formats of `cohort schedule`. */
export const SCHEDULE_FORMATS = {
  table: whole(formatTable),
  markdown: whole(formatMarkdown),
  json: whole(formatJson),
  ics: whole(formatIcs),
  html: whole(formatHtml),
} satisfies Record<ScheduleFormat, Formatter<Schedule, ScheduleFormatOptions>>;
