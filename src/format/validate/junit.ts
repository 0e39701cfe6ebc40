import type { LocatedFinding } from "../../core/findings.js";
import type { TextRenderer } from "../formatter.js";
import type { ValidateReport } from "./report.js";

/**
 * Characters XML 1.0 cannot carry even escaped (most C0 controls, U+FFFE,
 * U+FFFF, lone surrogates) become U+FFFD, so the report stays well-formed.
 */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const escapeXml = (s: string): string =>
  s
    .replace(NOT_XML, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/**
 * JUnit XML as GitLab, Jenkins and Azure DevOps read it, valid under the
 * Jenkins xunit plugin's JUnit XSD: a test suite per file (the file in its
 * `file` attribute, which the XSD allows on suites only), a test case per
 * finding, named `line:column code`, and one passing case for a clean file.
 * A case fails for an error, and for a warning when the warnings fail the
 * run (--strict, or more than --max-warnings); otherwise a warning passes
 * with its message in system-out. The report fails exactly when the run does.
 */
export const formatJunit: TextRenderer<ValidateReport> = (report) => {
  const fails = (f: LocatedFinding): boolean =>
    f.severity === "error" || report.warningsFail !== undefined;
  let total = 0;
  let failing = 0;
  const suites = report.files.map((file) => {
    const findings = report.findings.filter((f) => f.file === file);
    const failures = findings.filter(fails).length;
    const attrs = `classname="${escapeXml(file)}"`;
    const cases =
      findings.length === 0
        ? [`    <testcase ${attrs} name="valid"/>`]
        : findings.map((f) => {
            const name = escapeXml(`${f.line}:${f.column} ${f.code}`);
            const where = `${file}:${f.line}:${f.column}`;
            const body = !fails(f)
              ? `      <system-out>${escapeXml(`warning: ${where} ${f.message}`)}</system-out>`
              : f.severity === "error"
                ? `      <failure message="${escapeXml(f.message)}" type="${escapeXml(f.code)}">${escapeXml(`${where} ${f.message}`)}</failure>`
                : `      <failure message="${escapeXml(`warning: ${f.message}`)}" type="${escapeXml(f.code)}">${escapeXml(`warning (fails the run: ${report.warningsFail}): ${where} ${f.message}`)}</failure>`;
            return `    <testcase ${attrs} name="${name}">\n${body}\n    </testcase>`;
          });
    total += cases.length;
    failing += failures;
    return `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" file="${escapeXml(file)}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cohort validate" tests="${total}" failures="${failing}" errors="0">\n${suites.join("\n")}\n</testsuites>\n`;
};
