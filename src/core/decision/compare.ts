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

export const compareOutcomes = (
  recorded: readonly unknown[],
  now: readonly unknown[],
): OutcomeComparison => {
  // Where each key's outcomes are now, in order.
  const places = new Map<string, number[]>();
  const nowJson = now.map((o) => JSON.stringify(o));
  nowJson.forEach((json, j) => {
    const key = keyOf(now[j], json);
    const list = places.get(key);
    if (list) list.push(j);
    else places.set(key, [j]);
  });
  const seen = new Map<string, number>();
  const matched = new Uint8Array(now.length);
  const found: OutcomeDifference[] = [];
  let last = -1;
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
    else if (j < last) found.push({ index: i, recorded: outcome, now: now[j], movedTo: j });
    last = Math.max(last, j);
  });
  for (let j = 0; j < now.length; j++)
    if (!matched[j]) found.push({ index: j, recorded: undefined, now: now[j] });
  // In the order a reader goes through the list: by place.
  found.sort((a, b) => a.index - b.index || (a.recorded === undefined ? 1 : -1));
  return { recorded: recorded.length, differences: found };
};
