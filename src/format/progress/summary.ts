import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";
import { fitLines } from "../fit-width.js";
import { sentenceDate } from "../schedule/warning-words.js";

/** The day is written the local way: "per 1. desember 2026"; wrapped to `width` on a terminal. */
export const progressSummaryLine = (report: ProgressReport, width?: number): string => {
  const language = languageOf(report.locale);
  return `${fitLines(`${report.program}: ${language.progress.summary(report.summary, sentenceDate(language, report.asOf))}`, width, 2)}\n`;
};
