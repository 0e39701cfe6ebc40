/**
 * Whether a part of a program is illustrative: the program's `illustrative`
 * list names keys ("modules", "seats.spread", "eligibility.all.1") whose
 * values the source does not give. A listed key covers everything under it.
 */
import type { Program } from "../../core/program/schema.js";

export const isIllustrative = (program: Program, path: string): boolean =>
  (program.illustrative ?? []).some((key) => path === key || path.startsWith(`${key}.`));
