import type { TextRenderer } from "../formatter.js";
import { terminalText } from "../terminal-text.js";
import type { ValidateReport } from "./report.js";

/**
 * One line per finding, `file:line:col: severity code message`, as ESLint's
 * compact and unix formats print them: for editors' problem matchers and grep.
 * Nothing at all for valid files. Read on a terminal, so an input's control
 * characters are made visible, as in every human format.
 */
export const formatCompact: TextRenderer<ValidateReport> = (report) =>
  report.findings
    .map(
      (f) =>
        `${terminalText(f.file)}:${f.line}:${f.column}: ${f.severity} ${f.code} ${terminalText(f.message.replace(/\s*[\r\n]+\s*/g, " "))}\n`,
    )
    .join("");
