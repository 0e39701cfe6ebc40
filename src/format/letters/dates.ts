/** Dates in letters, the local way: "12. april 2027", "12 april 2027", "12. huhtikuuta 2027". */
import type { IsoDate } from "../../core/calendar/date.js";
import type { Locale } from "../../core/language/index.js";
import { formatDate, plainDate } from "../schedule/dates.js";

/** Languages that write the day as an ordinal with a dot: "7." */
const DOTTED: ReadonlySet<Locale> = new Set(["nb", "nn", "da", "fi"]);

export const letterDate = (date: IsoDate, locale: Locale): string => plainDate(date, locale);

/** "7.–9. september 2027", "7–9 september 2027", "30. august – 2. september 2027". */
export const letterDateRange = (start: IsoDate, end: IsoDate, locale: Locale): string => {
  if (start === end) return plainDate(start, locale);
  if (start.slice(0, 7) === end.slice(0, 7))
    return `${formatDate(start, locale, DOTTED.has(locale) ? "d." : "d")}–${plainDate(end, locale)}`;
  return `${plainDate(start, locale)} – ${plainDate(end, locale)}`;
};
