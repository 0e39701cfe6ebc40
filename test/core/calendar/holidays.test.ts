/**
 * The computed holidays of src/core/calendar/holidays.ts against an
 * independent source, the date-holidays package: every supported country,
 * every year from 2005 (Sweden's national day became a public holiday) to
 * 2100. Where cohort deliberately differs, the difference is listed with why.
 */
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { easterSunday, holidaysOf } from "../../../src/core/calendar/holidays.js";
import type { Country } from "../../../src/core/vocabulary.js";

const COUNTRIES: readonly Country[] = ["NO", "SE", "DK", "FI"];
const FIRST_YEAR = 2005;
const LAST_YEAR = 2100;

/** Days cohort keeps free that date-holidays lists only as observances (or not at all). */
const ALSO_OURS: Partial<Record<Country, { day: string; why: string }[]>> = {
  DK: [
    { day: "06-05", why: "Grundlovsdag: a day off by agreement at most workplaces" },
    { day: "12-24", why: "Juleaftensdag: a holiday eve that is a day off in practice" },
    { day: "12-31", why: "Nytårsaftensdag: a holiday eve that is a day off in practice" },
  ],
};

/** Days date-holidays lists as bank holidays that are ordinary working days for a program. */
const NOT_OURS: Partial<Record<Country, { day: string; why: string }[]>> = {
  FI: [{ day: "12-31", why: "Uudenvuodenaatto: banks close, but it is a working day" }],
};

/** Public holidays and bank holidays (the eves) of date-holidays, as dates. */
const theirs = (library: Holidays, year: number): Set<string> =>
  new Set(
    library
      .getHolidays(year)
      .filter((h) => h.type === "public" || h.type === "bank")
      .map((h) => h.date.slice(0, 10)),
  );

describe("holidays against date-holidays", () => {
  it.each(COUNTRIES)(
    `%s, ${FIRST_YEAR}-${LAST_YEAR}: the same days, but for the listed differences`,
    (country) => {
      const library = new Holidays(country);
      const differences: string[] = [];
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        const expected = theirs(library, year);
        for (const { day } of ALSO_OURS[country] ?? []) expected.add(`${year}-${day}`);
        for (const { day } of NOT_OURS[country] ?? []) expected.delete(`${year}-${day}`);
        const ours = new Set(holidaysOf(country, year).keys());
        for (const date of ours) if (!expected.has(date)) differences.push(`only cohort: ${date}`);
        for (const date of expected)
          if (!ours.has(date)) differences.push(`only date-holidays: ${date}`);
      }
      expect(differences).toEqual([]);
    },
  );

  it("the listed differences are real: date-holidays does not have them as holidays", () => {
    for (const country of COUNTRIES) {
      const library = new Holidays(country);
      for (const { day } of [...(ALSO_OURS[country] ?? []), ...(NOT_OURS[country] ?? [])]) {
        const listed = [2027, 2031].filter((year) => theirs(library, year).has(`${year}-${day}`));
        const ours = [2027, 2031].filter((year) => holidaysOf(country, year).has(`${year}-${day}`));
        // Either theirs and not ours, or ours and not theirs, in a year where no movable feast falls on it.
        expect(listed.length + ours.length, `${country} ${day}`).toBe(2);
        expect(listed.length === 0 || ours.length === 0, `${country} ${day}`).toBe(true);
      }
    }
  });

  it("Easter Sunday matches date-holidays' Easter every year from 1900 to 2200", () => {
    const library = new Holidays("NO");
    for (let year = 1900; year <= 2200; year++) {
      const easter = library
        .getHolidays(year)
        .find((h) => h.name === "Første påskedag")
        ?.date.slice(0, 10);
      expect(easterSunday(year), String(year)).toBe(easter);
    }
  });
});
