import { formatHtml } from "./html.js";
import { formatIcs } from "./ics.js";
import { formatJson } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import type { ScheduleFormatter } from "./options.js";
import { formatTable } from "./table.js";

/** Formats of `cohort schedule`; the names are the --format choices. */
export const SCHEDULE_FORMATS = {
  table: formatTable,
  markdown: formatMarkdown,
  json: formatJson,
  ics: formatIcs,
  html: formatHtml,
} satisfies Record<string, ScheduleFormatter>;

export type ScheduleFormat = keyof typeof SCHEDULE_FORMATS;
