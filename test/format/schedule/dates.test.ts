import { describe, expect, it } from "vitest";
import { longDate, weekdayDate } from "../../../src/format/schedule/dates.js";

describe("program dates in the program's language", () => {
  it.each([
    ["nb", "tirsdag 7. september 2027"],
    ["nn", "tysdag 7. september 2027"],
    ["sv", "tisdag 7 september 2027"],
    ["da", "tirsdag den 7. september 2027"],
    ["fi", "tiistaina 7. syyskuuta 2027"],
    ["en", "Tuesday, 7 September 2027"],
  ] as const)("%s: %s", (locale, text) => {
    expect(longDate("2027-09-07", locale)).toBe(text);
  });

  it("uses the locale's own short format after the weekday", () => {
    expect(weekdayDate("2027-09-07", "sv")).toBe("tisdag 7 sep. 2027");
    expect(weekdayDate("2028-03-09", "nb")).toBe("torsdag 9. mars 2028");
  });
});
