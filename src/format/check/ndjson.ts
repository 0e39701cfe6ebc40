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
 * worker threads' reason tables). `cached` is that text, kept by what it
 * depends on (the verdict, or the list of reasons by identity), undefined
 * for the other rows.
 */
const verdictJsonTail = <T>(
  carry: readonly string[] | undefined,
  keep: (text: string) => T,
): {
  tail: (v: Omit<Verdict, "values" | "line" | "id">) => string;
  cached: (v: Omit<Verdict, "values" | "line" | "id">) => T | undefined;
} => {
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
  const plain = new Map<string, T>();
  const byReasons = new WeakMap<readonly string[], T>();
  const cached = (v: Omit<Verdict, "values" | "line" | "id">): T | undefined => {
    if (carrying || v.problems.length > 0 || v.choices !== undefined) return undefined;
    if (v.reasons.length === 0) {
      let text = plain.get(v.verdict);
      if (text === undefined) {
        text = keep(tail(v));
        plain.set(v.verdict, text);
      }
      return text;
    }
    if (v.verdict !== "ineligible" || !Object.isFrozen(v.reasons)) return undefined;
    let text = byReasons.get(v.reasons);
    if (text === undefined) {
      text = keep(tail(v));
      byReasons.set(v.reasons, text);
    }
    return text;
  };
  return { tail, cached };
};

/** The JSON text of one verdict, without its line break (a row holds none). */
export const verdictJsonText = (
  /** Headers of the carried columns: each object ends with their cells, as `carried`. */
  carry?: readonly string[],
): ((v: Omit<Verdict, "values">) => string) => {
  const { tail, cached } = verdictJsonTail(carry, (text) => text);
  return (v) => `{"id":${JSON.stringify(v.id)},"line":${v.line}${cached(v) ?? tail(v)}`;
};

// TextEncoder rather than node's Buffer: formats stand on the language alone.
const utf8 = new TextEncoder();
const ID_KEY = utf8.encode(`{"id":`);
const LINE_KEY = utf8.encode(`,"line":`);
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Writes one verdict's row, line break and all, into `into` at `at` as UTF-8:
 * the bytes verdictJsonText's text and a line break would be. Returns where
 * the row ends, or, when `into` has too little room after `at`, minus the
 * bytes it needs (nothing is written then).
 *
 * For the worker threads of a parallel check, which write every row of a
 * million: the line number's digits are written as bytes (a number turned
 * into a string is kept in V8's number-to-string cache, which promotes it to
 * the old generation: every line is a new number), an id of plain ASCII is
 * copied code unit by code unit, and a plain row's text after its line
 * number is copied from bytes encoded once.
 */
export const verdictJsonBytes = (
  carry?: readonly string[],
): ((v: Omit<Verdict, "values">, into: Uint8Array, at: number) => number) => {
  const { tail, cached } = verdictJsonTail(carry, (text) => utf8.encode(text));
  return (v, into, at) => {
    const id = v.id;
    let plainId = true;
    for (let c = 0; c < id.length; c++) {
      const code = id.charCodeAt(c);
      // JSON.stringify writes these as they are: no escape, one byte each.
      if (code < 0x20 || code > 0x7e || code === QUOTE || code === 0x5c) {
        plainId = false;
        break;
      }
    }
    const idJson = plainId ? undefined : JSON.stringify(id);
    const after = cached(v);
    const afterText = after === undefined ? tail(v) : undefined;
    const need =
      ID_KEY.length +
      (idJson === undefined ? id.length + 2 : idJson.length * 3) +
      LINE_KEY.length +
      10 +
      (after === undefined ? afterText!.length * 3 : after.length) +
      1;
    if (into.length - at < need) return -need;
    into.set(ID_KEY, at);
    let end = at + ID_KEY.length;
    if (idJson === undefined) {
      into[end++] = QUOTE;
      for (let c = 0; c < id.length; c++) into[end++] = id.charCodeAt(c);
      into[end++] = QUOTE;
    } else {
      end += utf8.encodeInto(idJson, into.subarray(end)).written;
    }
    into.set(LINE_KEY, end);
    end += LINE_KEY.length;
    let line = v.line;
    let digits = 1;
    for (let rest = line; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    for (let d = end + digits - 1; d >= end; d--) {
      into[d] = 0x30 + (line % 10);
      line = Math.floor(line / 10);
    }
    end += digits;
    if (after !== undefined) {
      into.set(after, end);
      end += after.length;
    } else end += utf8.encodeInto(afterText!, into.subarray(end)).written;
    into[end++] = NEWLINE;
    return end;
  };
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
