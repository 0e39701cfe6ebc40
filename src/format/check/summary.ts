import type { CheckSummary } from "../../core/check/verdict.js";
import type { Locale } from "../../core/language/index.js";
import { languageOf } from "../../core/language/index.js";

/**
 * "12 applicants: 9 eligible, 2 ineligible, 1 invalid", in the run's
 * language, and ", 3 empty rows skipped" when the list had any.
 */
export const checkCounts = (
  locale: Locale,
  summary: CheckSummary,
  paint: {
    eligible: (s: string) => string;
    ineligible: (s: string) => string;
    invalid: (s: string) => string;
  } = {
    eligible: (s) => s,
    ineligible: (s) => s,
    invalid: (s) => s,
  },
): string => {
  const words = languageOf(locale).decision.summary;
  const total = summary.eligible + summary.ineligible + summary.invalid;
  const empty = summary.emptyRows ? `, ${words.emptyRows(summary.emptyRows)}` : "";
  return `${words.applicants(total)}: ${paint.eligible(words.eligible(summary.eligible))}, ${paint.ineligible(words.ineligible(summary.ineligible))}, ${paint.invalid(words.invalid(summary.invalid))}${empty}`;
};

/** The one line on stderr after a check written as data (the table ends with it). */
export const checkSummaryLine = (program: string, locale: Locale, summary: CheckSummary): string =>
  `${program}: ${checkCounts(locale, summary)}\n`;
