/**
 * The words of an invalid program file, as src/cli/main.ts prints the error:
 * its first findings, and a pointer to validate, which shows them all. The
 * frame is in the language of the run; the findings keep the validator's
 * words and codes (as `cohort validate` prints them).
 */
import type { LocatedFinding } from "../../core/findings.js";
import { invalidProgram as english } from "../../core/language/input-errors/en.js";
import type { InvalidProgramWords } from "../../core/language/invalid-program-words.js";

/** Findings shown under an invalid program. */
const SHOWN_FINDINGS = 3;

export const invalidProgramText = (
  {
    file,
    errors,
  }: {
    file: string;
    errors: readonly LocatedFinding[];
  },
  words: InvalidProgramWords = english,
): string => {
  const shown = errors
    .slice(0, SHOWN_FINDINGS)
    .map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message} (${f.code})`);
  const more =
    errors.length > SHOWN_FINDINGS ? `\n  ${words.more(errors.length - SHOWN_FINDINGS)}` : "";
  return `${words.heading(file, errors.length)}\n${shown.join("\n")}${more}\n${words.validate(`cohort validate ${file}`)}`;
};
