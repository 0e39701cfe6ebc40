/**
 * Verify's question: are the outcomes of a re-run those of the record, one by
 * one? Outcomes are compared as their JSON, key order included: the record is
 * JSON, and an outcome that reads differently is a different outcome.
 */

export interface OutcomeDifference {
  /** 0-based place in the list of outcomes. */
  index: number;
  /** The outcome in the record, undefined past its end. */
  recorded: unknown;
  /** The outcome now, undefined past its end. */
  now: unknown;
}

export interface OutcomeComparison {
  /** Outcomes in the record. */
  recorded: number;
  differences: OutcomeDifference[];
}

export const compareOutcomes = (
  recorded: readonly unknown[],
  now: readonly unknown[],
): OutcomeComparison => {
  const differences: OutcomeDifference[] = [];
  for (let i = 0; i < Math.max(recorded.length, now.length); i++) {
    const then = i < recorded.length ? JSON.stringify(recorded[i]) : undefined;
    const current = i < now.length ? JSON.stringify(now[i]) : undefined;
    if (then !== current) differences.push({ index: i, recorded: recorded[i], now: now[i] });
  }
  return { recorded: recorded.length, differences };
};
