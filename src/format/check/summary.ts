import type { CheckSummary } from "../../core/check/verdict.js";

/** The one line on stderr after a check written as data (the table ends with it). */
export const checkSummaryLine = (program: string, summary: CheckSummary): string => {
  const total = summary.eligible + summary.ineligible + summary.invalid;
  return `${program}: ${total} applicants: ${summary.eligible} eligible, ${summary.ineligible} ineligible, ${summary.invalid} invalid\n`;
};
