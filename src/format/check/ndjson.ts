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
 * computed once, and so is the whole text of a row with nothing but its
 * verdict and reasons when its list of reasons is a shared one (frozen: the
 * worker threads' reason tables).
 */
const verdictJsonTail = (
  carry?: readonly string[],
): ((v: Omit<Verdict, "values" | "line" | "id">) => string) => {
  const encode = jsonStrings(10_000);
  const carried = carriedJson(carry);
  const carrying = carry !== undefined && carry.length > 0;
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
  const tail = (v: Omit<Verdict, "values" | "line" | "id">): string => {
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
  // Rows with no problems, choices or carried cells: by verdict without
  // reasons, and by the (shared, frozen) list of reasons of ineligible ones.
  const plain = new Map<string, string>();
  const byReasons = new WeakMap<readonly string[], string>();
  return (v) => {
    if (carrying || v.problems.length > 0 || v.choices !== undefined) return tail(v);
    if (v.reasons.length === 0) {
      let text = plain.get(v.verdict);
      if (text === undefined) {
        text = tail(v);
        plain.set(v.verdict, text);
      }
      return text;
    }
    if (v.verdict !== "ineligible" || !Object.isFrozen(v.reasons)) return tail(v);
    let text = byReasons.get(v.reasons);
    if (text === undefined) {
      text = tail(v);
      byReasons.set(v.reasons, text);
    }
    return text;
  };
};

/** The JSON text of one verdict, without its line break (a row holds none). */
export const verdictJsonText = (
  /** Headers of the carried columns: each object ends with their cells, as `carried`. */
  carry?: readonly string[],
): ((v: Omit<Verdict, "values">) => string) => {
  const tail = verdictJsonTail(carry);
  return (v) => `{"id":${JSON.stringify(v.id)},"line":${v.line}${tail(v)}`;
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
