import { Chalk } from "chalk";
import type { LocatedFinding } from "../../core/findings.js";
import { fitLines, sliceColumns, windowStart } from "../fit-width.js";
import type { TextRenderer } from "../formatter.js";
import { terminalLine, terminalText } from "../terminal-text.js";
import type { ValidateReport } from "./report.js";

type Paint = InstanceType<typeof Chalk>;

/**
 * The most columns of a source line a code frame shows. A one-line file
 * of 261 KB with 1,200 findings would otherwise print the whole line 1,200
 * times (hundreds of megabytes): a longer line is cut to a window around the
 * finding's column, with `…` where it was cut (the shipped programs' lines
 * are all shorter, and show whole).
 *
 * On a terminal the window is as wide as the terminal leaves beside the
 * gutter. A source line is cut, never wrapped: a wrapped line would read
 * as lines of the file that are not there, and the window follows the
 * finding, so what it points at is always shown.
 */
export const FRAME_WIDTH = 240;

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
  // "  > 12 | " before the text, and a "…" on each side of a window.
  const frame =
    fit === undefined ? FRAME_WIDTH : Math.max(10, Math.min(FRAME_WIDTH, fit - width - 9));
  // Source text is input: shown with its control characters made visible
  // (one character for one, so the column still counts right) and tabs as spaces.
  const shown = (n: number) => terminalLine((lines[n - 1] ?? "").replace(/\t/g, " "));
  const line = shown(finding.line);
  const { start, column } = windowStart(line, finding.column - 1, frame);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const gutter = String(n).padStart(width);
    // Every line is cut where the finding's line is, so the columns stay one above the other.
    const cut = sliceColumns(n === finding.line ? line : shown(n), start, frame);
    if (n === finding.line) {
      const at = Math.max(0, column - cut.first) + (start > 0 ? 1 : 0);
      // On a terminal the caret never passes the window's right edge.
      const caret = fit === undefined ? at : Math.min(at, frame + 1);
      out.push(`  ${paint.red(">")} ${paint.dim(gutter)} | ${cut.text}`);
      out.push(`    ${" ".repeat(width)} | ${" ".repeat(caret)}${paint.red("^")}`);
    } else {
      out.push(`    ${paint.dim(gutter)} | ${paint.dim(cut.text)}`);
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
    // A long path wraps (cut into pieces: it has no spaces), each line underlined by itself.
    const heading = fitLines(terminalText(file), options.width).split("\n");
    out.push(heading.map((line) => paint.underline(line)).join("\n"));
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
    out.push(paint.green(fitLines(`✔ ${plural(files, "file")} valid`, options.width, 2)));
  } else {
    const mark = errors > 0 ? paint.red("✖") : paint.yellow("⚠");
    out.push(
      fitLines(
        `${mark} ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${failing} of ${plural(files, "file")}`,
        options.width,
        2,
      ),
    );
  }
  return `${out.join("\n")}\n`;
};
