import type { CheckSummary, Verdict } from "../../core/check/verdict.js";
import type { FormatOptions } from "../formatter.js";
import type { StreamingFormatter } from "../streaming.js";

export interface CheckMeta {
  program: string;
  options: FormatOptions;
}

export type CheckFormatter = StreamingFormatter<CheckMeta, Verdict, CheckSummary>;

/** The JSON object of one applicant, as documented in docs/output-formats.md. */
export const verdictJson = (v: Verdict) => ({
  id: v.id,
  line: v.line,
  verdict: v.verdict,
  reasons: v.reasons,
  problems: v.problems,
});
