/**
 * Illustrative dates for a starter program: computed from the year after
 * "today" and the program's country, so that every module day is a weekday
 * and no public holiday, and `cohort validate` has nothing to warn about.
 */
import { addDays, type IsoDate, isoWeekday, isWeekend } from "../calendar/date.js";
import { holidayOn } from "../calendar/holidays.js";
import type { Country } from "../vocabulary.js";

export interface StarterDates {
  opens: IsoDate;
  deadline: IsoDate;
  /** First day of each module; every module lasts `MODULE_DAYS` days. */
  modules: IsoDate[];
}

/** Each starter module is a two-day gathering, Tuesday and Wednesday where possible. */
export const MODULE_DAYS = 2;
const TUESDAY = 1;

const isWorkday = (date: IsoDate, country: Country): boolean =>
  !isWeekend(date) && holidayOn(country, date) === undefined;

/** The first workday on or after `from`. */
const workdayFrom = (from: IsoDate, country: Country): IsoDate => {
  let date = from;
  while (!isWorkday(date, country)) date = addDays(date, 1);
  return date;
};

/** The first Tuesday on or after `from` that starts `days` workdays in a row. */
const gatheringFrom = (from: IsoDate, days: number, country: Country): IsoDate => {
  let date = from;
  while (isoWeekday(date) !== TUESDAY || !allWorkdays(date, days, country)) date = addDays(date, 1);
  return date;
};

const allWorkdays = (start: IsoDate, days: number, country: Country): boolean => {
  for (let i = 0; i < days; i++) if (!isWorkday(addDays(start, i), country)) return false;
  return true;
};

/**
 * Dates for the year after `today` (YYYY-MM-DD): applications open in
 * January and close in April; three gatherings follow in September, November
 * and the next January.
 */
export const starterDates = (today: IsoDate, country: Country): StarterDates => {
  const year = Number(today.slice(0, 4)) + 1;
  return {
    opens: workdayFrom(`${year}-01-15`, country),
    deadline: workdayFrom(`${year}-04-15`, country),
    modules: [`${year}-09-01`, `${year}-11-01`, `${year + 1}-01-15`].map((from) =>
      gatheringFrom(from, MODULE_DAYS, country),
    ),
  };
};
