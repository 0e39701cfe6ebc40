import type { ProgressReport } from "../../core/progress/report.js";
import { terminalLine } from "../terminal-text.js";

/** Each problem of the roster as a located line for stderr: `file:row:column: message`. */
export const problemLines = (report: ProgressReport, file: string): string => {
  const all = [...report.problems, ...report.participants.flatMap((p) => p.problems)];
  return all
    .map(
      (p) =>
        `${terminalLine(file)}:${p.line}:${p.column}: ${terminalLine(p.header ? `${p.header}: ` : "")}${terminalLine(p.message)}${p.value ? ` (${terminalLine(JSON.stringify(p.value))})` : ""}\n`,
    )
    .join("");
};

/** The summary line for stderr when the output is data. */
export { progressSummaryLine } from "./summary.js";
