import type { CheckRun } from "../../core/check/run.js";
import type { Verdict } from "../../core/check/verdict.js";
import type { Formatter } from "../formatter.js";
import { jsonStrings } from "../json-text.js";

/**
 * The JSON text of one verdict, written by hand for the million-row case:
 * reasons come from a small fixed set, so their JSON is computed once.
 */
export const verdictJsonText = (): ((v: Verdict) => string) => {
  const encode = jsonStrings(10_000);
  return (v) => {
    const reasons = v.reasons.length === 0 ? "[]" : `[${v.reasons.map(encode).join(",")}]`;
    const problems = v.problems.length === 0 ? "[]" : JSON.stringify(v.problems);
    return `{"id":${JSON.stringify(v.id)},"line":${v.line},"verdict":"${v.verdict}","reasons":${reasons},"problems":${problems}}`;
  };
};

/** One applicant object per line, nothing else: the summary goes to stderr. */
export const checkNdjson: Formatter<CheckRun> = async function* (run) {
  const json = verdictJsonText();
  for await (const batch of run.verdicts) {
    let text = "";
    for (const v of batch) text += `${json(v)}\n`;
    yield text;
  }
};
