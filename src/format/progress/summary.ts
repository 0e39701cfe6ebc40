import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";

export const progressSummaryLine = (report: ProgressReport): string =>
  `${report.program}: ${languageOf(report.locale).progress.summary(report.summary, report.asOf)}\n`;
