/**
 * Verify's question: are the outcomes of a re-run those of the record, one by
 * one? Outcomes are compared as their JSON, key order included: the record is
 * JSON, and an outcome that reads differently is a different outcome.
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

export interface OutcomeComparison {
  /** Outcomes in the record. */
  recorded: number;
  differences: OutcomeDifference[];
}

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
  const nowJson = now.map((o) => JSON.stringify(o));
  // The usual case, an intact record, needs no pairing.
  if (recorded.length === now.length && recorded.every((o, i) => JSON.stringify(o) === nowJson[i]))
    return { recorded: recorded.length, differences: [] };
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
    const json = JSON.stringify(outcome);
    const key = keyOf(outcome, json);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const j = places.get(key)?.[nth];
    if (j === undefined) {
      found.push({ index: i, recorded: outcome, now: undefined });
      return;
    }
    matched[j] = 1;
    if (nowJson[j] !== json) found.push({ index: i, recorded: outcome, now: now[j] });
    else same.push({ i, j });
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
  return { recorded: recorded.length, differences: found };
};
