import { Chalk } from "chalk";
import type { LocatedFinding } from "../../core/findings.js";
import { fitLines } from "../fit-width.js";
import type { TextRenderer } from "../formatter.js";
import { terminalLine, terminalText } from "../terminal-text.js";
import type { ValidateReport } from "./report.js";

type Paint = InstanceType<typeof Chalk>;

/**
 * The most characters of a source line a code frame shows. A one-line file
 * of 261 KB with 1,200 findings would otherwise print the whole line 1,200
 * times (hundreds of megabytes): a longer line is cut to a window around the
 * finding's column, with `…` where it was cut (the shipped programs' lines
 * are all shorter, and show whole).
 */
export const FRAME_WIDTH = 240;

/** The part of a line a frame shows: from `start`, `frame` characters. */
const windowFor = (line: string, column: number, frame: number): { start: number; end: number } => {
  if (line.length <= frame) return { start: 0, end: frame };
  const start = Math.max(0, Math.floor(Math.min(column - 1 - frame / 2, line.length - frame)));
  return { start, end: start + frame };
};

const cut = (line: string, start: number, end: number): string =>
  `${start > 0 ? "…" : ""}${line.slice(start, end)}${end < line.length ? "…" : ""}`;

/** Two lines of context around the finding, with a caret under its column. */
const codeFrame = (
  lines: readonly string[],
  finding: LocatedFinding,
  paint: Paint,
  /** The terminal's width: the window narrows to fit it, "…" and all. */
  fit: number | undefined,
): string => {
  const first = Math.max(1, finding.line - 1);
  const last = Math.min(lines.length, finding.line + 1);
  const width = String(last).length;
  const frame =
    fit === undefined ? FRAME_WIDTH : Math.max(10, Math.min(FRAME_WIDTH, fit - width - 9));
  const { start, end } = windowFor(lines[finding.line - 1] ?? "", finding.column, frame);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    // Source text is input: shown with its control characters made visible.
    const text = terminalLine(cut((lines[n - 1] ?? "").replace(/\t/g, " "), start, end));
    const gutter = String(n).padStart(width);
    if (n === finding.line) {
      const caret = Math.max(0, finding.column - 1 - start) + (start > 0 ? 1 : 0);
      out.push(`  ${paint.red(">")} ${paint.dim(gutter)} | ${text}`);
      out.push(`    ${" ".repeat(width)} | ${" ".repeat(caret)}${paint.red("^")}`);
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
    out.push(paint.underline(terminalText(file)));
    for (const f of findings) {
      const severity = f.severity === "error" ? paint.red("error  ") : paint.yellow("warning");
      out.push(
        fitLines(
          `  ${paint.dim(`${f.line}:${f.column}`)}  ${severity}  ${terminalText(f.message)}  ${paint.dim(f.code)}`,
          options.width,
          2,
        ),
      );
      const lines = report.sources[file];
      if (lines && lines.length > 0) out.push(codeFrame(lines, f, paint, options.width), "");
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
