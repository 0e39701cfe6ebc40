import type { Choice } from "../../core/allocation/types.js";
import { choiceIds } from "../../core/applicants/choices.js";
import type { CheckRun } from "../../core/check/run.js";
import type { Verdict } from "../../core/check/verdict.js";
import { carriedJson } from "../carried.js";
import type { Formatter } from "../formatter.js";
import { jsonStrings } from "../json-text.js";

/**
 * The JSON text of a verdict after its line number, written by hand for the
 * million-row case: reasons come from a small fixed set, so their JSON is
 * computed once.
 */
const verdictJsonTail = (
  carry?: readonly string[],
): ((v: Omit<Verdict, "values" | "line" | "id">) => string) => {
  const encode = jsonStrings(10_000);
  const carried = carriedJson(carry);
  // The same few lists of choices recur on most rows: their JSON is kept by identity.
  const choiceJson = new WeakMap<readonly Choice[], string>();
  const choicesJson = (choices: readonly Choice[]): string => {
    let text = choiceJson.get(choices);
    if (text === undefined) {
      text = JSON.stringify(choiceIds(choices));
      choiceJson.set(choices, text);
    }
    return text;
  };
  return (v) => {
    const reasons = v.reasons.length === 0 ? "[]" : `[${v.reasons.map(encode).join(",")}]`;
    // The three documented keys: the codes beside them are for the words of other formats.
    const problems =
      v.problems.length === 0
        ? "[]"
        : JSON.stringify(
            v.problems.map(({ column, value, message }) => ({ column, value, message })),
          );
    // Only lists whose choices are read have the key: other outputs keep their bytes.
    const choices = v.choices === undefined ? "" : `,"choices":${choicesJson(v.choices)}`;
    return `,"verdict":"${v.verdict}","reasons":${reasons},"problems":${problems}${choices}${carried(v.carried)}}`;
  };
};

/** The JSON text of one verdict. */
export const verdictJsonText = (
  /** Headers of the carried columns: each object ends with their cells, as `carried`. */
  carry?: readonly string[],
): ((v: Verdict) => string) => {
  const tail = verdictJsonTail(carry);
  return (v) => `{"id":${JSON.stringify(v.id)},"line":${v.line}${tail(v)}`;
};

/**
 * The same text in two pieces, before and after the line number: worker
 * threads write rows whose line numbers only the main thread knows
 * (src/io/applicants/parallel/), which puts the number between them.
 */
export const verdictJsonPieces = (
  carry?: readonly string[],
): ((v: Omit<Verdict, "values" | "line">) => [before: string, after: string]) => {
  const tail = verdictJsonTail(carry);
  return (v) => [`{"id":${JSON.stringify(v.id)},"line":`, tail(v)];
};

/** One applicant object per line, nothing else: the summary goes to stderr. */
export const checkNdjson: Formatter<CheckRun> = async function* (run) {
  if (run.rows) {
    yield* run.rows;
    return;
  }
  const json = verdictJsonText(run.carry);
  for await (const batch of run.verdicts) {
    let text = "";
    for (const v of batch) text += `${json(v)}\n`;
    yield text;
  }
};
