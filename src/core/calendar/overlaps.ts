/**
 * Which inclusive date ranges share a day, by sort and sweep: ranges are taken
 * in order of their first day, and each one is compared only with the ranges
 * still open on that day. The work is n log n plus the pairs found, where
 * comparing every pair was n squared (20,000 modules took 34 s).
 */
import type { IsoDate } from "./date.js";

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/** A binary min-heap of indices keyed by a string (ISO dates order as text). */
class MinHeap {
  private readonly items: number[] = [];
  constructor(private readonly key: (i: number) => string) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number | undefined {
    return this.items[0];
  }
  push(item: number): void {
    const { items, key } = this;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key(items[parent]!) <= key(items[i]!)) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }
  pop(): number | undefined {
    const { items, key } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && key(items[l]!) < key(items[m]!)) m = l;
        if (r < items.length && key(items[r]!) < key(items[m]!)) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i]!, items[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Every pair [i, j] (i < j, indices into `ranges`) of ranges that share a day,
 * in the order a loop over i, then j, would find them. Ranges that end before
 * they start share no day with anything.
 */
export const overlappingPairs = (ranges: readonly DateRange[]): [number, number][] => {
  const order = ranges
    .map((_, i) => i)
    .filter((i) => ranges[i]!.end >= ranges[i]!.start)
    .sort((a, b) =>
      ranges[a]!.start < ranges[b]!.start ? -1 : ranges[a]!.start > ranges[b]!.start ? 1 : a - b,
    );
  const open = new Set<number>();
  const ends = new MinHeap((i) => ranges[i]!.end);
  const pairs: [number, number][] = [];
  for (const k of order) {
    const start = ranges[k]!.start;
    while (ends.size > 0 && ranges[ends.peek()!]!.end < start) open.delete(ends.pop()!);
    for (const other of open) pairs.push(other < k ? [other, k] : [k, other]);
    open.add(k);
    ends.push(k);
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
};

/**
 * For ranges sorted by start: for each range j, the first `limit` earlier
 * ranges i (in order) that are still open on its first day, and how many such
 * ranges there are in all. Used where every pair would be a message of its
 * own: a thousand modules on one day are half a million pairs.
 */
export const earlierOverlaps = (
  sorted: readonly DateRange[],
  limit: number,
): { shown: number[]; count: number }[] => {
  const n = sorted.length;
  // next[i]: the first still-open range at or after i (n when none); a union-find with path halving.
  const next = Array.from({ length: n + 1 }, (_, i) => i);
  const find = (i: number): number => {
    while (next[i] !== i) {
      next[i] = next[next[i]!]!;
      i = next[i]!;
    }
    return i;
  };
  const ends = new MinHeap((i) => sorted[i]!.end);
  const result: { shown: number[]; count: number }[] = [];
  for (let j = 0; j < n; j++) {
    const start = sorted[j]!.start;
    while (ends.size > 0 && sorted[ends.peek()!]!.end < start) {
      const closed = ends.pop()!;
      next[closed] = closed + 1;
    }
    const shown: number[] = [];
    for (let i = find(0); i < j && shown.length < limit; i = find(i + 1)) shown.push(i);
    result.push({ shown, count: ends.size });
    ends.push(j);
  }
  return result;
};
