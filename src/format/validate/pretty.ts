import { Chalk } from "chalk";
import type { LocatedFinding } from "../../core/findings.js";
import type { TextRenderer } from "../formatter.js";
import type { ValidateReport } from "./report.js";

type Paint = InstanceType<typeof Chalk>;

/** Two lines of context around the finding, with a caret under its column. */
const codeFrame = (lines: readonly string[], finding: LocatedFinding, paint: Paint): string => {
  const first = Math.max(1, finding.line - 1);
  const last = Math.min(lines.length, finding.line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? "").replace(/\t/g, " ");
    const gutter = String(n).padStart(width);
    if (n === finding.line) {
      out.push(`  ${paint.red(">")} ${paint.dim(gutter)} | ${text}`);
      out.push(
        `    ${" ".repeat(width)} | ${" ".repeat(Math.max(0, finding.column - 1))}${paint.red("^")}`,
      );
    } else {
      out.push(`    ${paint.dim(gutter)} | ${paint.dim(text)}`);
    }
  }
  return out.join("\n");
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Findings grouped by file, each with a code frame, and a one-line summary. */
export const formatPretty: TextRenderer<ValidateReport> = (report, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const file of report.files) {
    const findings = report.findings.filter((f) => f.file === file);
    if (findings.length === 0) continue;
    out.push(paint.underline(file));
    for (const f of findings) {
      const severity = f.severity === "error" ? paint.red("error  ") : paint.yellow("warning");
      out.push(
        `  ${paint.dim(`${f.line}:${f.column}`)}  ${severity}  ${f.message}  ${paint.dim(f.code)}`,
      );
      const lines = report.sources[file];
      if (lines && lines.length > 0) out.push(codeFrame(lines, f, paint), "");
    }
  }
  const { errors, warnings, files } = report.summary;
  const failing = new Set(report.findings.map((f) => f.file)).size;
  if (errors + warnings === 0) {
    out.push(paint.green(`✔ ${plural(files, "file")} valid`));
  } else {
    const mark = errors > 0 ? paint.red("✖") : paint.yellow("⚠");
    out.push(
      `${mark} ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${failing} of ${plural(files, "file")}`,
    );
  }
  return `${out.join("\n")}\n`;
};
