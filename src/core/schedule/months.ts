/**
 * The month axis of a timeline: the months from the first to the last date,
 * and where a day falls along them as a fraction, so that terminal and HTML
 * timelines place bars the same way.
 */
import { daysInMonth, type IsoDate, parseIsoDate } from "../calendar/date.js";

export interface AxisMonth {
  year: number;
  /** 1-12 */
  month: number;
  /** First day of the month, YYYY-MM-DD. */
  first: IsoDate;
  days: number;
}

export interface MonthAxis {
  months: AxisMonth[];
  /** Position of the start of a day, from 0 (first month's start) to months.length (last month's end). */
  position(date: IsoDate): number;
}

export const monthAxis = (first: IsoDate, last: IsoDate): MonthAxis => {
  const a = parseIsoDate(first);
  const b = parseIsoDate(last);
  if (!a || !b) throw new RangeError(`not a date range: ${first} to ${last}`);
  const months: AxisMonth[] = [];
  for (let i = a.year * 12 + a.month - 1; i <= b.year * 12 + b.month - 1; i++) {
    const year = Math.floor(i / 12);
    const month = (i % 12) + 1;
    months.push({
      year,
      month,
      first: `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`,
      days: daysInMonth(year, month),
    });
  }
  const base = a.year * 12 + a.month - 1;
  const position = (date: IsoDate): number => {
    const p = parseIsoDate(date);
    if (!p) throw new RangeError(`not a date: ${date}`);
    return p.year * 12 + p.month - 1 - base + (p.day - 1) / daysInMonth(p.year, p.month);
  };
  return { months, position };
};

/** Position just after the last day of an inclusive range. */
export const endPosition = (axis: MonthAxis, end: IsoDate): number => {
  const p = parseIsoDate(end)!;
  return axis.position(end) + 1 / daysInMonth(p.year, p.month);
};
