import type { TextRenderer } from "../formatter.js";
import type { ValidateReport } from "./report.js";

/** Machine-readable findings; the shape is versioned (docs/output-formats.md). */
export const formatJson: TextRenderer<ValidateReport> = (report) =>
  `${JSON.stringify(
    {
      version: 1,
      files: report.files,
      findings: report.findings.map(({ file, line, column, code, severity, message }) => ({
        file,
        line,
        column,
        code,
        severity,
        message,
      })),
      suppressed: (report.suppressed ?? []).map(
        ({ file, line, column, code, severity, message, justification }) => ({
          file,
          line,
          column,
          code,
          severity,
          message,
          ...(justification !== undefined ? { justification } : {}),
        }),
      ),
      summary: report.summary,
    },
    null,
    2,
  )}\n`;
