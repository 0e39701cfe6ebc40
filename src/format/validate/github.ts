import type { TextRenderer } from "../formatter.js";
import { terminalText } from "../terminal-text.js";
import type { ValidateReport } from "./report.js";

// Workflow command escaping, as the GitHub Actions toolkit does it; the
// runner's log renders escape sequences, so other control characters are
// made visible (an input's ESC[8m hid the rest of the log).
const escapeData = (s: string): string =>
  terminalText(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations: one `::error` or `::warning` line per finding. */
export const formatGithub: TextRenderer<ValidateReport> = (report) =>
  report.findings
    .map(
      (f) =>
        `::${f.severity} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.code)}::${escapeData(f.message)}\n`,
    )
    .join("");
