/**
 * The words of an invalid program file, as src/cli/main.ts prints the error:
 * its first findings, and a pointer to validate, which shows them all.
 */
import type { LocatedFinding } from "../../core/findings.js";

/** Findings shown under an invalid program. */
const SHOWN_FINDINGS = 3;

export const invalidProgramText = ({
  file,
  errors,
}: {
  file: string;
  errors: readonly LocatedFinding[];
}): string => {
  const shown = errors
    .slice(0, SHOWN_FINDINGS)
    .map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message} (${f.code})`);
  const more =
    errors.length > SHOWN_FINDINGS ? `\n  … and ${errors.length - SHOWN_FINDINGS} more` : "";
  return `${file} is not a valid program file (${errors.length} error${errors.length === 1 ? "" : "s"}):\n${shown.join("\n")}${more}\nRun cohort validate ${file} to see every finding.`;
};
