/** The check use cases: a verdict for every applicant, or the rule tree of one. */
import type { CheckRun, Explanation } from "../core/check/run.js";
import { inputError } from "../errors.js";
import { listVerdicts } from "../io/applicants/parallel/check-in-parallel.js";
import type { MakeRowText } from "../io/applicants/parallel/range-check.js";
import { type Carry, NO_CARRY } from "./carry.js";
import type { AppContext } from "./context.js";
import type { OpenedCheck } from "./open-check.js";
import { verdicts } from "./verdicts.js";

/**
 * Every verdict of the list: on worker threads when it is a CSV file large
 * enough (see docs/performance.md), else streamed on this thread; the same
 * bytes either way.
 */
export const checkRun = (
  opened: OpenedCheck,
  where: Pick<AppContext, "cwd" | "onListProgress"> & { env: Record<string, string | undefined> },
  /** The columns carried into the results (see carryFor). */
  carry: Carry = NO_CARRY,
  /**
   * The format of the output when it is one whose rows worker threads can
   * write (ndjson): the run then has `rows`.
   */
  rowFormat?: { format: "ndjson"; make: MakeRowText },
): CheckRun => {
  const { source } = opened;
  const carried = carry.headers.length > 0;
  const stream = listVerdicts(
    {
      ...opened,
      display: source.display,
      ...(carried ? { carry: carry.indexes } : {}),
      ...(rowFormat
        ? {
            rowText: {
              spec: {
                format: rowFormat.format,
                ...(carried ? { carryHeaders: carry.headers } : {}),
              },
              make: rowFormat.make,
            },
          }
        : {}),
    },
    {
      path: source.path,
      cwd: where.cwd,
      env: where.env,
      ...(source.encoding ? { encoding: source.encoding } : {}),
      ...(where.onListProgress
        ? { onProgress: (p) => where.onListProgress?.(p, opened.program.locale) }
        : {}),
    },
  );
  return {
    program: opened.program.id,
    locale: opened.program.locale,
    verdicts: stream.batches,
    ...(stream.rows ? { rows: stream.rows } : {}),
    ...(carried ? { carry: carry.headers } : {}),
    summary: stream.summary,
  };
};

export const explainApplicant = async (opened: OpenedCheck, id: string): Promise<Explanation> => {
  for await (const batch of verdicts(opened)) {
    for (const verdict of batch) {
      if (verdict.id !== id) continue;
      const found = {
        program: opened.program.id,
        locale: opened.program.locale,
        id,
        line: verdict.line,
      };
      return verdict.verdict === "invalid"
        ? { ...found, problems: verdict.problems }
        : { ...found, tree: opened.checker.rule.explain(verdict.values) };
    }
  }
  throw inputError({ code: "no-such-applicant", id, list: opened.source.display });
};
