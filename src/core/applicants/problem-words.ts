import type { CellProblem } from "./layout.js";

/**
 * The sentence for one cell problem: `column: message ("value")`. CSV cells
 * leave the value unquoted (`quote: false`), as quotes there are doubled.
 */
export const describeProblem = (p: CellProblem, { quote = true } = {}): string =>
  `${p.column ? `${p.column}: ` : ""}${p.message}${p.value ? (quote ? ` ("${p.value}")` : ` (${p.value})`) : ""}`;
