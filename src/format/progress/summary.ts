import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";
import { sentenceDate } from "../schedule/warning-words.js";

/** The day is written the local way: "per 1. desember 2026". */
export const progressSummaryLine = (report: ProgressReport): string => {
  const language = languageOf(report.locale);
  return `${report.program}: ${language.progress.summary(report.summary, sentenceDate(language, report.asOf))}\n`;
};
