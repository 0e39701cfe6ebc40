import type { TextRenderer } from "../formatter.js";
import type { ValidateReport } from "./report.js";

/**
 * One line per finding, `file:line:col: severity code message`, as ESLint's
 * compact and unix formats print them: for editors' problem matchers and grep.
 * Nothing at all for valid files.
 */
export const formatCompact: TextRenderer<ValidateReport> = (report) =>
  report.findings
    .map(
      (f) =>
        `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message.replace(/\s*[\r\n]+\s*/g, " ")}\n`,
    )
    .join("");
