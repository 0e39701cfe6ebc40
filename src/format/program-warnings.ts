/**
 * The warnings of a program that a command other than validate loaded: one
 * line each on stderr, with the location validate would show, so that a
 * coordinator sees them wherever the program is used.
 */
import type { LocatedFinding } from "../core/findings.js";

export const programWarningLines = (warnings: readonly LocatedFinding[]): string =>
  warnings
    .map((f) => `warning: ${f.file}:${f.line}:${f.column}: ${f.message} (${f.code})\n`)
    .join("");
