/** The names of schedule's formats: the --format choices, without loading a format. */
export const SCHEDULE_FORMAT_NAMES = ["table", "markdown", "json", "ics", "html"] as const;
export type ScheduleFormat = (typeof SCHEDULE_FORMAT_NAMES)[number];
