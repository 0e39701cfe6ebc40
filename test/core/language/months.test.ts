/**
 * One list of month names per language (src/core/language/months/), read by
 * the dates in sentences and by the cell problems alike: each month as a
 * date writes it, and as an impossible date names it, comes from that list.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES, LOCALES } from "../../../src/core/language/index.js";
import { MONTHS as da } from "../../../src/core/language/months/da.js";
import { MONTHS as en } from "../../../src/core/language/months/en.js";
import { MONTHS as fi, IN_MONTH } from "../../../src/core/language/months/fi.js";
import { MONTHS as nb } from "../../../src/core/language/months/nb.js";
import { MONTHS as nn } from "../../../src/core/language/months/nn.js";
import { MONTHS as sv } from "../../../src/core/language/months/sv.js";

const MONTHS = { nb, nn, sv, da, fi, en };

describe.each(LOCALES)("the %s month names", (locale) => {
  it("are twelve, and every date in a sentence writes its month from them", () => {
    const months = MONTHS[locale];
    expect(months).toHaveLength(12);
    expect(new Set(months).size).toBe(12);
    months.forEach((name, i) => {
      expect(LANGUAGES[locale].dates(2027, i + 1, 12)).toContain(name);
    });
  });

  it("name the month of an impossible date", () => {
    const months = locale === "fi" ? IN_MONTH : MONTHS[locale];
    expect(LANGUAGES[locale].cellProblems.noDay("30.02.2027", 2027, 2, 28)).toContain(
      `${months[1]} 2027`,
    );
  });
});
