import type { Decision } from "../../core/decision/report.js";
import type { FormatOptions } from "../formatter.js";

/**
 * An allocation format yields its output in pieces, so a million rows of JSON
 * or CSV stream to the file instead of becoming one string.
 */
export type DecisionFormatter = (
  decision: Decision,
  options: FormatOptions,
) => Iterable<string | Uint8Array>;
