/**
 * Public holidays of the Nordic countries, computed rather than loaded: the
 * rules are few and stable, and a holiday library would cost 115-150 ms of
 * start-up for every `cohort validate` (docs/performance.md). The rules are
 * cross-checked against the date-holidays package, year by year from 2005 to
 * 2100, in test/core/calendar/holidays.test.ts (which lists where they differ
 * on purpose).
 *
 * Included are the days a coordinator must not book: official public holidays
 * and the eves that are days off in practice (julaften, midsommarafton,
 * nyårsafton), which some libraries only list as bank holidays.
 */
import type { Country } from "../vocabulary.js";
import { addDays, fromDayNumber, type IsoDate, toDayNumber } from "./date.js";

export interface Holiday {
  date: IsoDate;
  name: string;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export const easterSunday = (year: number): IsoDate => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
};

const iso = (year: number, month: number, day: number): IsoDate =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The first given weekday (0 = Monday) on or after month/day. */
const weekdayOnOrAfter = (year: number, month: number, day: number, weekday: number): IsoDate => {
  const start = toDayNumber(year, month, day);
  const current = (((start + 3) % 7) + 7) % 7;
  const { year: y, month: m, day: d } = fromDayNumber(start + ((weekday - current + 7) % 7));
  return iso(y, m, d);
};

const FRIDAY = 4;
const SATURDAY = 5;

type Rule = (year: number, easter: IsoDate) => Holiday | undefined;
const fixed =
  (month: number, day: number, name: string): Rule =>
  (year) => ({ date: iso(year, month, day), name });
const easterOffset =
  (offset: number, name: string): Rule =>
  (_year, easter) => ({ date: addDays(easter, offset), name });
const from =
  (weekday: number, month: number, day: number, name: string): Rule =>
  (year) => ({
    date: weekdayOnOrAfter(year, month, day, weekday),
    name,
  });

const RULES: Record<Country, Rule[]> = {
  NO: [
    fixed(1, 1, "Første nyttårsdag"),
    easterOffset(-3, "Skjærtorsdag"),
    easterOffset(-2, "Langfredag"),
    easterOffset(0, "Første påskedag"),
    easterOffset(1, "Andre påskedag"),
    fixed(5, 1, "Arbeidernes dag"),
    fixed(5, 17, "Grunnlovsdag"),
    easterOffset(39, "Kristi himmelfartsdag"),
    easterOffset(49, "Første pinsedag"),
    easterOffset(50, "Andre pinsedag"),
    fixed(12, 24, "Julaften"),
    fixed(12, 25, "Første juledag"),
    fixed(12, 26, "Andre juledag"),
    fixed(12, 31, "Nyttårsaften"),
  ],
  SE: [
    fixed(1, 1, "Nyårsdagen"),
    fixed(1, 6, "Trettondedag jul"),
    easterOffset(-2, "Långfredagen"),
    easterOffset(0, "Påskdagen"),
    easterOffset(1, "Annandag påsk"),
    fixed(5, 1, "Första maj"),
    easterOffset(39, "Kristi himmelsfärdsdag"),
    easterOffset(49, "Pingstdagen"),
    fixed(6, 6, "Sveriges nationaldag"),
    from(FRIDAY, 6, 19, "Midsommarafton"),
    from(SATURDAY, 6, 20, "Midsommardagen"),
    from(SATURDAY, 10, 31, "Alla helgons dag"),
    fixed(12, 24, "Julafton"),
    fixed(12, 25, "Juldagen"),
    fixed(12, 26, "Annandag jul"),
    fixed(12, 31, "Nyårsafton"),
  ],
  DK: [
    fixed(1, 1, "Nytårsdag"),
    easterOffset(-3, "Skærtorsdag"),
    easterOffset(-2, "Langfredag"),
    easterOffset(0, "Påskedag"),
    easterOffset(1, "2. påskedag"),
    // Store bededag was abolished as a public holiday from 2024.
    (year, easter) =>
      year <= 2023 ? { date: addDays(easter, 26), name: "Store bededag" } : undefined,
    easterOffset(39, "Kristi himmelfartsdag"),
    easterOffset(49, "Pinsedag"),
    easterOffset(50, "2. pinsedag"),
    fixed(6, 5, "Grundlovsdag"),
    fixed(12, 24, "Juleaftensdag"),
    fixed(12, 25, "Juledag"),
    fixed(12, 26, "2. juledag"),
    fixed(12, 31, "Nytårsaftensdag"),
  ],
  FI: [
    fixed(1, 1, "Uudenvuodenpäivä"),
    fixed(1, 6, "Loppiainen"),
    easterOffset(-2, "Pitkäperjantai"),
    easterOffset(0, "Pääsiäispäivä"),
    easterOffset(1, "Toinen pääsiäispäivä"),
    fixed(5, 1, "Vappu"),
    easterOffset(39, "Helatorstai"),
    easterOffset(49, "Helluntaipäivä"),
    from(FRIDAY, 6, 19, "Juhannusaatto"),
    from(SATURDAY, 6, 20, "Juhannuspäivä"),
    from(SATURDAY, 10, 31, "Pyhäinpäivä"),
    fixed(12, 6, "Itsenäisyyspäivä"),
    fixed(12, 24, "Jouluaatto"),
    fixed(12, 25, "Joulupäivä"),
    fixed(12, 26, "Tapaninpäivä"),
  ],
};

const cache = new Map<string, Map<IsoDate, string>>();

/** Holidays of one country and year, by date. */
export const holidaysOf = (country: Country, year: number): Map<IsoDate, string> => {
  const key = `${country}${year}`;
  let result = cache.get(key);
  if (!result) {
    const easter = easterSunday(year);
    result = new Map();
    for (const rule of RULES[country]) {
      const holiday = rule(year, easter);
      if (holiday) {
        const other = result.get(holiday.date);
        result.set(holiday.date, other ? `${other} / ${holiday.name}` : holiday.name);
      }
    }
    cache.set(key, result);
  }
  return result;
};

export const holidayOn = (country: Country, date: IsoDate): string | undefined =>
  holidaysOf(country, Number(date.slice(0, 4))).get(date);
