import type { Locale } from "../../core/language/index.js";
import { LOCALES } from "../../core/language/index.js";
import type { ProgramListEntry } from "../../core/schedule/status.js";

/** What `cohort list` formatters draw from. */
export interface ListReport {
  /** The day statuses are relative to. */
  today: string;
  programs: (ProgramListEntry & { file: string })[];
  /** The language of the table's words and dates, when `--lang` names one. */
  lang?: Locale;
}

/**
 * The language the table is written in: `--lang`, else the language most of
 * the programs listed are in (the first in the languages' order on a tie),
 * so that one table reads in one language; English when there are none.
 */
export const listLanguage = (report: ListReport): Locale => {
  if (report.lang) return report.lang;
  const counts = new Map<Locale, number>();
  for (const p of report.programs) counts.set(p.locale, (counts.get(p.locale) ?? 0) + 1);
  let best: Locale = "en";
  let most = 0;
  for (const locale of LOCALES) {
    const n = counts.get(locale) ?? 0;
    if (n > most) [best, most] = [locale, n];
  }
  return best;
};
