/**
 * Program dates in the program's language, with date-fns locales and the
 * locales' own formats (PPPP, PP, EEEE), never hand-made patterns.
 *
 * A program date is a wall-calendar day, so it becomes a Date at local noon
 * and is read back with local getters: the same day whatever the TZ.
 * Functions and locales are imported by subpath to keep start-up light.
 */
import { format } from "date-fns/format";
import type { Locale as DateFnsLocale } from "date-fns/locale";
import { da } from "date-fns/locale/da";
import { enGB } from "date-fns/locale/en-GB";
import { fi } from "date-fns/locale/fi";
import { nb } from "date-fns/locale/nb";
import { nn } from "date-fns/locale/nn";
import { sv } from "date-fns/locale/sv";
import { type IsoDate, parseIsoDate } from "../../core/calendar/date.js";
import type { Locale } from "../../core/language/index.js";

/**
 * The date-fns locale of every language. It lives here rather than in the
 * language's module (src/core/language/) because date-fns is a rendering
 * library the pure core does not import; typed Record<Locale, …> so that a new
 * language module fails to compile until it has a line here.
 * `en` is British English: day before month, as in the rest of Europe.
 */
const LOCALES: Record<Locale, DateFnsLocale> = { nb, nn, sv, da, fi, en: enGB };

const wallDate = (date: IsoDate): Date => {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a date: ${date}`);
  const result = new Date(2000, 0, 1, 12);
  result.setFullYear(parts.year, parts.month - 1, parts.day);
  return result;
};

export const formatDate = (date: IsoDate, locale: Locale, pattern: string): string =>
  format(wallDate(date), pattern, { locale: LOCALES[locale] });

/** "tirsdag 7. september 2027", "tisdag 7 september 2027", "Tuesday, 7 September 2027". */
export const longDate = (date: IsoDate, locale: Locale): string => formatDate(date, locale, "PPPP");

/** Weekday and medium date, for narrow columns: "tirsdag 7. sep. 2027". */
export const weekdayDate = (date: IsoDate, locale: Locale): string =>
  formatDate(date, locale, "EEEE PP");

/** "7. september 2027", without the weekday. */
export const plainDate = (date: IsoDate, locale: Locale): string => formatDate(date, locale, "PPP");

/** Stand-alone abbreviated month name: "sep.", "syys", "Sep". */
export const monthShort = (date: IsoDate, locale: Locale): string =>
  formatDate(date, locale, "LLL");
