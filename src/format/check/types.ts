import type { CheckSummary, Verdict } from "../../core/check/verdict.js";
import type { FormatOptions } from "../formatter.js";
import type { StreamingFormatter } from "../streaming.js";

export interface CheckMeta {
  program: string;
  options: FormatOptions;
}

export type CheckFormatter = StreamingFormatter<CheckMeta, Verdict, CheckSummary>;
