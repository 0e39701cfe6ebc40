/** What check hands its formats: plain data, produced by the use case, worded by a format. */
import type { CellProblem } from "../applicants/layout.js";
import type { Locale } from "../language/index.js";
import type { ExplainNode } from "../rules/compile.js";
import type { CheckSummary, Verdict } from "./verdict.js";

/** Verdicts as the list is read, a batch at a time; the summary after. */
export interface CheckRun {
  program: string;
  /** The language the verdicts, headers and summary are worded in. */
  locale: Locale;
  verdicts: AsyncIterable<readonly Verdict[]>;
  /** Headers of the columns carried into the results, each verdict's `carried` in this order; absent when none. */
  carry?: readonly string[];
  /**
   * The rows already written in the words of the format that asked for them
   * (the worker threads of a parallel check write them with the format's own
   * row function), in file order; `verdicts` is then empty. A chunk's bytes
   * are only good until the next chunk is asked for (they are filled again).
   */
  rows?: AsyncIterable<Uint8Array>;
  /** The counts so far; complete once `verdicts` (or `rows`) is done. */
  summary(): CheckSummary;
}

/** One applicant for `--explain`: the rule tree, or the problems that make the row invalid. */
export type Explanation = {
  program: string;
  locale: Locale;
  id: string;
  line: number;
} & ({ tree: ExplainNode } | { problems: readonly CellProblem[] });
