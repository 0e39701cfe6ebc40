/**
 * Verify's question: are the outcomes of a re-run those of the record, one by
 * one? What was decided is compared: each outcome as its JSON, key order
 * included, but without the words of its reasons (`reason`, and the `reason`
 * of each `choiceReasons` entry). The words depend on the language (`--lang`)
 * and on the cohort that wrote them; the outcome, rank, position, quota,
 * class, choice, code and (records of version 2) each reason's `params`, the
 * counts and names the words are made from, do not. An outcome whose
 * decision is the same and whose words are not is counted apart, as worded
 * differently. The outcomes now are given in the shape of the record's
 * version (without params for version 1), so params are compared wherever
 * the record's version holds them, their absence included.
 *
 * Outcomes are paired by applicant id (the n-th outcome of an id with the n-th
 * of the same id now), not by place: one outcome removed from the record is
 * one difference, not every outcome after it.
 */

export interface OutcomeDifference {
  /**
   * 0-based place in the record's outcomes; for an outcome the record lacks,
   * its place in the re-run.
   */
  index: number;
  /** The outcome in the record, undefined when the record lacks it. */
  recorded: unknown;
  /** The outcome now, undefined when the re-run has none like it. */
  now: unknown;
  /** Set when the outcome is the same but in another place now (0-based). */
  movedTo?: number;
}

/** An outcome decided the same, in other words than the record's. */
export interface WordedDifference {
  /** 0-based place in the record's outcomes. */
  index: number;
  id: string;
  /** The reason's words in the record and now (the first choice reason's when only those differ). */
  recorded: string;
  now: string;
}

export interface OutcomeComparison {
  /** Outcomes in the record. */
  recorded: number;
  differences: OutcomeDifference[];
  /**
   * Outcomes decided the same but worded otherwise: how many, and the first
   * few. Absent when there are none.
   */
  worded?: { count: number; first: WordedDifference[] };
}

/** Outcomes worded differently kept for the report; the rest are counted. */
export const WORDED_SHOWN = 5;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The outcome without the words of its reasons. Only string reasons are
 * words: anything else in their place is kept, and compared.
 */
export const decidedPart = (outcome: unknown): unknown => {
  if (!isObject(outcome)) return outcome;
  const { reason, choiceReasons, ...rest } = outcome;
  const decided: Json = {};
  // The keys in their own order: compared as JSON, as before.
  for (const key of Object.keys(outcome)) {
    if (key === "reason") {
      if (typeof reason !== "string") decided.reason = reason;
    } else if (key === "choiceReasons") {
      decided.choiceReasons = Array.isArray(choiceReasons)
        ? choiceReasons.map((c) => {
            if (!isObject(c) || typeof c.reason !== "string") return c;
            const { reason: _, ...decidedChoice } = c;
            return decidedChoice;
          })
        : choiceReasons;
    } else decided[key] = rest[key];
  }
  return decided;
};

/** The words that differ between two outcomes decided the same. */
const wordsApart = (recorded: Json, now: Json): { recorded: string; now: string } => {
  if (recorded.reason !== now.reason)
    return { recorded: String(recorded.reason), now: String(now.reason) };
  const mine = Array.isArray(recorded.choiceReasons) ? recorded.choiceReasons : [];
  const theirs = Array.isArray(now.choiceReasons) ? now.choiceReasons : [];
  const k = mine.findIndex((c, i) => (c as Json)?.reason !== (theirs[i] as Json)?.reason);
  return {
    recorded: String((mine[k] as Json | undefined)?.reason ?? ""),
    now: String((theirs[k] as Json | undefined)?.reason ?? ""),
  };
};

/** What pairs an outcome with its counterpart: the id, or the whole JSON when there is none. */
const keyOf = (outcome: unknown, json: string): string => {
  const id = (outcome as { id?: unknown } | null)?.id;
  return typeof id === "string" ? `i${id}` : `j${json}`;
};

/** Positions (in `values`) of one longest strictly increasing subsequence, in O(n log n). */
const longestIncreasing = (values: readonly number[]): Set<number> => {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  values.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const kept = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!)
    kept.add(k);
  return kept;
};

export const compareOutcomes = (
  recorded: readonly unknown[],
  now: readonly unknown[],
): OutcomeComparison => {
  // The usual case, an intact record in the words of today, needs no pairing.
  if (
    recorded.length === now.length &&
    recorded.every((o, i) => JSON.stringify(o) === JSON.stringify(now[i]))
  )
    return { recorded: recorded.length, differences: [] };
  const nowJson = now.map((o) => JSON.stringify(decidedPart(o)));
  let wordedCount = 0;
  const wordedFirst: WordedDifference[] = [];
  // Where each key's outcomes are now, in order.
  const places = new Map<string, number[]>();
  nowJson.forEach((json, j) => {
    const key = keyOf(now[j], json);
    const list = places.get(key);
    if (list) list.push(j);
    else places.set(key, [j]);
  });
  const seen = new Map<string, number>();
  const matched = new Uint8Array(now.length);
  const found: OutcomeDifference[] = [];
  // Outcomes the same on both sides, as (place in the record, place now).
  const same: { i: number; j: number }[] = [];
  recorded.forEach((outcome, i) => {
    const json = JSON.stringify(decidedPart(outcome));
    const key = keyOf(outcome, json);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const j = places.get(key)?.[nth];
    if (j === undefined) {
      found.push({ index: i, recorded: outcome, now: undefined });
      return;
    }
    matched[j] = 1;
    if (nowJson[j] !== json) {
      found.push({ index: i, recorded: outcome, now: now[j] });
      return;
    }
    same.push({ i, j });
    if (JSON.stringify(outcome) !== JSON.stringify(now[j])) {
      wordedCount++;
      if (wordedFirst.length < WORDED_SHOWN)
        wordedFirst.push({
          index: i,
          id: String((outcome as Json).id),
          ...wordsApart(outcome as Json, now[j] as Json),
        });
    }
  });
  // The longest run of same outcomes in the same order stays; the others moved
  // (two outcomes swapped are two moves, not every outcome between them).
  const staying = longestIncreasing(same.map((p) => p.j));
  same.forEach(({ i, j }, k) => {
    if (!staying.has(k)) found.push({ index: i, recorded: recorded[i], now: now[j], movedTo: j });
  });
  for (let j = 0; j < now.length; j++)
    if (!matched[j]) found.push({ index: j, recorded: undefined, now: now[j] });
  // In the order a reader goes through the list: by place.
  found.sort((a, b) => a.index - b.index || (a.recorded === undefined ? 1 : -1));
  return {
    recorded: recorded.length,
    differences: found,
    ...(wordedCount > 0 ? { worded: { count: wordedCount, first: wordedFirst } } : {}),
  };
};

/**
 * The summary without its words: each relaxation's `message` and the label
 * of the seats open to everyone (a word of the language; quota labels are
 * the program's own).
 */
export const decidedSummary = (summary: unknown): unknown => {
  if (!isObject(summary)) return summary;
  const out: Json = { ...summary };
  if (Array.isArray(summary.relaxations))
    out.relaxations = summary.relaxations.map((r) => {
      if (!isObject(r) || typeof r.message !== "string") return r;
      const { message: _, ...rest } = r;
      return rest;
    });
  if (Array.isArray(summary.quotas))
    out.quotas = summary.quotas.map((q) => {
      if (!isObject(q) || q.id !== null || typeof q.label !== "string") return q;
      const { label: _, ...rest } = q;
      return rest;
    });
  return out;
};
