/** `--today`: the day statuses and the choice of intake are relative to (default: the local date). */
import { parseIsoDate } from "../core/calendar/date.js";
import { usageError } from "../errors.js";

export const todayOption = (value: string | undefined): string | undefined => {
  if (value !== undefined && !parseIsoDate(value))
    throw usageError(`--today "${value}" is not a date; write YYYY-MM-DD`);
  return value;
};
