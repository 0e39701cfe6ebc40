/**
 * allocate on worker threads: each byte range of the list answers, beside
 * check's verdicts, with what the pool (src/core/decision/problem.ts) reads of
 * its eligible records, as columns: the quota and spread texts as numbers into
 * the range's own small table of texts, the ranking keys oriented
 * (orientedKey) in a Float64Array. The main thread adds them to the pool in
 * file order with the verdicts (duplicate ids found there, as check finds
 * them), so the pool is the one the single-threaded loop builds.
 */
import type { Layout } from "../../../core/applicants/layout.js";
import type { Value } from "../../../core/applicants/values.js";
import type { Verdict } from "../../../core/check/verdict.js";
import { type Pool, poolFields } from "../../../core/decision/problem.js";
import type { Program } from "../../../core/program/schema.js";
import { orientedKey } from "../../../core/ranking/order.js";
import { ParallelVerdict } from "./check-in-parallel.js";
import type { RangeSink } from "./range-check.js";

/** A range's pool columns, by the record's index in the range (only eligible records' are set). */
export interface PoolRange {
  /** The distinct quota and spread texts of the range. */
  texts: string[];
  /** Per record: its quota text's number in `texts`, -1 for none. */
  quota: Int32Array;
  /** Per record and spread field f: spreads[i * fields + f], as `quota`. */
  spreads: Int32Array;
  fields: number;
  /** Per record and key k: keys[i * keyCount + k], oriented. */
  keys: Float64Array;
  keyCount: number;
}

const grown = <T extends Int32Array | Float64Array>(array: T, size: number): T => {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
};

/** The sinks of a program's ranges: one a range, on a worker thread or on the main thread. */
export const poolSinks = (program: Program, layout: Layout): (() => RangeSink) => {
  const read = poolFields(program, layout);
  const fields = read.spread.length;
  const keyCount = read.keys.length;
  return () => {
    const texts: string[] = [];
    const numbers = new Map<string, number>();
    const number = (values: readonly Value[], at: number | undefined): number => {
      const v = at === undefined ? null : values[at];
      if (v === null || v === undefined) return -1;
      const text = String(v);
      let n = numbers.get(text);
      if (n === undefined) {
        n = texts.length;
        texts.push(text);
        numbers.set(text, n);
      }
      return n;
    };
    let quota = new Int32Array(1024);
    let spreads = new Int32Array(1024 * fields);
    let keys = new Float64Array(1024 * keyCount);
    return {
      eligible(index, values) {
        if (index >= quota.length) {
          quota = grown(quota, index + 1);
          spreads = grown(spreads, (index + 1) * fields);
          keys = grown(keys, (index + 1) * keyCount);
        }
        quota[index] = number(values, read.quota);
        for (let f = 0; f < fields; f++)
          spreads[index * fields + f] = number(values, read.spread[f]);
        for (let k = 0; k < keyCount; k++) {
          const { position, order } = read.keys[k]!;
          keys[index * keyCount + k] = orientedKey(values[position] as number | null, order);
        }
      },
      done(count): PoolRange {
        return {
          texts,
          quota: quota.slice(0, count),
          spreads: spreads.slice(0, count * fields),
          fields,
          keys: keys.slice(0, count * keyCount),
          keyCount,
        };
      },
    };
  };
};

/**
 * Adds an eligible applicant's verdict to the pool: from its range's columns
 * when it was checked by a range (worker threads), else from its values.
 */
export const addToPool = (pool: Pool, v: Verdict, spreads: (string | null)[]): void => {
  if (v instanceof ParallelVerdict && v.extra !== undefined) {
    const range = v.extra as PoolRange;
    const i = v.index!;
    const q = range.quota[i]!;
    for (let f = 0; f < range.fields; f++) {
      const s = range.spreads[i * range.fields + f]!;
      spreads[f] = s < 0 ? null : range.texts[s]!;
    }
    pool.addPicked(
      v.id,
      q < 0 ? null : range.texts[q]!,
      spreads,
      range.keys,
      i * range.keyCount,
      v.choices,
      v.carried,
    );
  } else pool.add(v.id, v.values, v.choices, v.team, v.carried);
};
