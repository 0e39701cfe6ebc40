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
 * JUnit XML as GitLab, Jenkins and Azure DevOps read it: a test suite per
 * file, a failing test case per error, a passing one per warning (the message
 * in system-out) and one passing case for a clean file.
 */
export const formatJunit: TextRenderer<ValidateReport> = (report) => {
  const suites = report.files.map((file) => {
    const findings = report.findings.filter((f) => f.file === file);
    const errors = findings.filter((f) => f.severity === "error").length;
    const cases =
      findings.length === 0
        ? [`    <testcase classname="${escapeXml(file)}" name="valid" file="${escapeXml(file)}"/>`]
        : findings.map((f) => {
            const name = escapeXml(`${f.line}:${f.column} ${f.code}`);
            const head = `    <testcase classname="${escapeXml(file)}" name="${name}" file="${escapeXml(file)}" line="${f.line}">`;
            const body =
              f.severity === "error"
                ? `      <failure message="${escapeXml(f.message)}" type="${escapeXml(f.code)}">${escapeXml(`${file}:${f.line}:${f.column} ${f.message}`)}</failure>`
                : `      <system-out>${escapeXml(`warning: ${file}:${f.line}:${f.column} ${f.message}`)}</system-out>`;
            return `${head}\n${body}\n    </testcase>`;
          });
    return `  <testsuite name="${escapeXml(file)}" tests="${cases.length}" failures="${errors}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const tests = report.files.reduce(
    (n, file) => n + Math.max(1, report.findings.filter((f) => f.file === file).length),
    0,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cohort validate" tests="${tests}" failures="${report.summary.errors}" errors="0">\n${suites.join("\n")}\n</testsuites>\n`;
};
