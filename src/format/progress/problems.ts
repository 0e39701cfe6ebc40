import { languageOf } from "../../core/language/index.js";
import { rosterProblemText } from "../../core/progress/problem-text.js";
import type { ProgressReport } from "../../core/progress/report.js";
import { fitLines } from "../fit-width.js";
import { terminalLine } from "../terminal-text.js";

/**
 * Each problem of the roster as a located line for stderr, in the report's
 * language: `file:row:column: header: words ("value")`. On a terminal
 * (`width`) a long line wraps at spaces, the rest indented under it; without
 * one every problem is one line, as scripts read it.
 */
export const problemLines = (report: ProgressReport, file: string, width?: number): string => {
  const language = languageOf(report.locale);
  const all = [...report.problems, ...report.participants.flatMap((p) => p.problems)];
  return all
    .map(
      (p) =>
        `${fitLines(
          `${terminalLine(file)}:${p.line}:${p.column}: ${terminalLine(p.header ? `${p.header}: ` : "")}${terminalLine(rosterProblemText(p, language))}${p.value ? ` (${terminalLine(JSON.stringify(p.value))})` : ""}`,
          width,
          2,
        )}\n`,
    )
    .join("");
};

/** The summary line for stderr when the output is data. */
export { progressSummaryLine } from "./summary.js";
