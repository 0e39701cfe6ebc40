/**
 * Calendar dates as "YYYY-MM-DD" strings and whole day numbers. Pure and free
 * of time zones: a program date is a day on the wall calendar, not an instant,
 * so nothing here may depend on the machine's TZ.
 */
import { MONTHS } from "../language/months/en.js";

export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
export const toDayNumber = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

export const fromDayNumber = (days: number): { year: number; month: number; day: number } => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

/** Parses a valid YYYY-MM-DD date; undefined for anything else, impossible days included. */
export const parseIsoDate = (
  text: string,
): { year: number; month: number; day: number } | undefined => {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

export const dayNumberOf = (date: IsoDate): number => {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a date: ${date}`);
  return toDayNumber(parts.year, parts.month, parts.day);
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export const formatDayNumber = (days: number): IsoDate => {
  const { year, month, day } = fromDayNumber(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

export const addDays = (date: IsoDate, days: number): IsoDate =>
  formatDayNumber(dayNumberOf(date) + days);

/** Adds months, keeping the day of month where it exists and clamping to the month's end otherwise. */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a date: ${date}`);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

/** 0 = Monday … 6 = Sunday (ISO order). */
export const isoWeekday = (date: IsoDate): number => {
  const n = dayNumberOf(date);
  return (((n + 3) % 7) + 7) % 7;
};

export const isWeekend = (date: IsoDate): boolean => isoWeekday(date) >= 5;

/** Days from a to b inclusive. */
export const daysBetweenInclusive = (a: IsoDate, b: IsoDate): number =>
  dayNumberOf(b) - dayNumberOf(a) + 1;

/** For a YYYY-MM-DD string that is not a real day, says why; undefined otherwise. */
export const describeImpossibleDate = (text: string): string | undefined => {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}`;
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${max} days`;
  }
  return undefined;
};

/** The later of two dates (ISO strings order as dates). */
export const latest = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The years a date may have: what YYYY-MM-DD can write. */
export const FIRST_YEAR = 0;
export const LAST_YEAR = 9999;

/**
 * Moves a date by whole months, then days, as a rule's date offset does
 * (addMonths, then addDays); undefined when it lands outside years
 * 0000-9999, where a date has no YYYY-MM-DD form, at any step.
 */
export const shiftDate = (date: IsoDate, months: number, days: number): IsoDate | undefined => {
  const parts = parseIsoDate(date);
  if (!parts) return undefined;
  const year = Math.floor((parts.year * 12 + (parts.month - 1) + months) / 12);
  if (!Number.isSafeInteger(months) || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const moved = addMonths(date, months);
  const day = dayNumberOf(moved) + days;
  if (
    !Number.isSafeInteger(days) ||
    day < toDayNumber(FIRST_YEAR, 1, 1) ||
    day > toDayNumber(LAST_YEAR, 12, 31)
  )
    return undefined;
  return formatDayNumber(day);
};
