/**
 * Suppression comments in program files, in the style of ESLint's
 * `// eslint-disable-next-line` and yamllint's `# yamllint disable-line`:
 *
 *     # cohort-disable-next-line module-holiday -- the 17th of May is intended
 *     - id: feiring
 *
 * silences the named warning codes on the next line. Errors cannot be
 * silenced (other commands refuse a file with errors whatever it says). A
 * suppressed finding is kept, marked as such, and a directive that silenced
 * nothing is itself a warning, so stale comments do not pile up.
 */
import type { LocatedFinding } from "../findings.js";
import { closest } from "../text/did-you-mean.js";

export const SUPPRESSION_UNUSED = "suppression-unused";

const DIRECTIVE = /^(\s*)#\s*cohort-disable-next-line\b(.*)$/;
const CODE = /^[a-z0-9][a-z0-9-]*$/;

export interface Directive {
  line: number;
  column: number;
  codes: string[];
  justification?: string;
}

export interface SuppressedFinding extends LocatedFinding {
  /** The text after `--` in the directive, when it has one. */
  justification?: string;
}

const notACode = (code: string, known: readonly string[]): string => {
  const near = closest(code, known);
  return `"${code}" is not a finding code${near ? `; did you mean "${near}"?` : " (docs/findings.md lists them)"}`;
};

/** The directives of a file: whole-line comments only, so a `#` inside a value never counts. */
export const suppressionDirectives = (lines: readonly string[]): Directive[] => {
  const found: Directive[] = [];
  lines.forEach((text, i) => {
    const match = DIRECTIVE.exec(text);
    if (!match) return;
    const [body = "", reason] = match[2]!.split(/\s--\s?/, 2);
    const codes = body
      .split(/[\s,]+/)
      .map((c) => c.trim())
      .filter(Boolean);
    found.push({
      line: i + 1,
      column: match[1]!.length + 1,
      codes,
      ...(reason?.trim() ? { justification: reason.trim() } : {}),
    });
  });
  return found;
};

/**
 * Splits a file's findings into those that stand and those its directives
 * silence, and adds a `suppression-unused` warning for every directive (or
 * code of a directive) that silenced nothing.
 */
export const applySuppressions = (
  file: string,
  lines: readonly string[],
  findings: readonly LocatedFinding[],
  /** Every finding code there is (docs/findings.md), to tell a misspelt code apart. */
  knownCodes: readonly string[] = [],
): { findings: LocatedFinding[]; suppressed: SuppressedFinding[] } => {
  const directives = suppressionDirectives(lines);
  if (directives.length === 0) return { findings: [...findings], suppressed: [] };
  const kept: LocatedFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const used = new Set<string>();
  for (const finding of findings) {
    const directive =
      finding.file === file && finding.severity === "warning"
        ? directives.find((d) => d.line + 1 === finding.line && d.codes.includes(finding.code))
        : undefined;
    if (directive) {
      used.add(`${directive.line}:${finding.code}`);
      suppressed.push({
        ...finding,
        ...(directive.justification ? { justification: directive.justification } : {}),
      });
    } else {
      kept.push(finding);
    }
  }
  for (const d of directives) {
    const at = { file, line: d.line, column: d.column, severity: "warning" as const };
    if (d.codes.length === 0) {
      kept.push({
        ...at,
        code: SUPPRESSION_UNUSED,
        message:
          "cohort-disable-next-line names no finding code; write the code to silence, e.g. # cohort-disable-next-line module-holiday",
      });
      continue;
    }
    for (const code of d.codes) {
      if (used.has(`${d.line}:${code}`)) continue;
      const error = findings.some(
        (f) =>
          f.file === file && f.line === d.line + 1 && f.code === code && f.severity === "error",
      );
      kept.push({
        ...at,
        code: SUPPRESSION_UNUSED,
        message:
          !CODE.test(code) || (knownCodes.length > 0 && !knownCodes.includes(code))
            ? notACode(code, knownCodes)
            : error
              ? `${code} on line ${d.line + 1} is an error, and errors cannot be suppressed: fix it instead`
              : `no ${code} warning on line ${d.line + 1} to suppress; remove the comment`,
      });
    }
  }
  return { findings: kept, suppressed };
};
