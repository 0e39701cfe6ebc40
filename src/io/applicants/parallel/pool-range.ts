/**
 * allocate on worker threads: each byte range of the list answers, beside
 * check's verdicts, with what the pool (src/core/decision/problem.ts) reads of
 * its eligible records, as columns: the quota and spread texts as numbers into
 * the range's own small table of texts, the ranking keys oriented
 * (orientedKey) in a Float64Array. The main thread reads them into the pool
 * in file order with the range's other columns (takeRange; duplicate ids
 * found there, as check finds them), so the pool is the one the
 * single-threaded loop builds.
 */

import type { Choice } from "../../../core/allocation/types.js";
import type { Layout } from "../../../core/applicants/layout.js";
import type { Value } from "../../../core/applicants/values.js";
import type { NotCompetingList } from "../../../core/decision/not-competing.js";
import { type Pool, poolFields } from "../../../core/decision/problem.js";
import type { Program } from "../../../core/program/schema.js";
import { orientedKey } from "../../../core/ranking/order.js";
import { carriedReader } from "./carried-reader.js";
import type { TakenRange } from "./check-in-parallel.js";
import { ELIGIBLE, INELIGIBLE, type RangeSink } from "./range-check.js";

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

const NONE: readonly never[] = Object.freeze([]);

/**
 * Reads a range's columns (its duplicates found, TakenRange) into the pool
 * and those not competing, record by record in file order, as the verdicts
 * of one thread are added: each eligible record's id, choices and carried
 * cells with its pool columns (Pool.addPicked), each other record's id,
 * line, kind, reasons, problems and carried cells (NotCompetingList.addRow).
 */
export const takeRange = (pool: Pool, others: NotCompetingList, taken: TakenRange): void => {
  const { range, problems, reasonLists, ids, carriedText, carry, choiceList } = taken;
  const { lines, kinds, reasons, idEnds, choiceEnds, carriedEnds } = range;
  const columns = range.extra as PoolRange;
  const { quota, spreads: spreadColumn, fields, keys, keyCount } = columns;
  // The range's texts, each the pool's own once (not once a row).
  const texts = columns.texts.map((text) => pool.shared(text));
  const spreads = new Array<string | null>(fields);
  const withChoices = choiceEnds.length > 0;
  const carriedOf = carry.length > 0 ? carriedReader(carry, carriedText, carriedEnds) : undefined;
  let idStart = 0;
  let choiceStart = 0;
  let nextProblem = 0;
  for (let i = 0; i < range.count; i++) {
    const idEnd = idEnds[i]!;
    const id = ids.slice(idStart, idEnd);
    idStart = idEnd;
    const kind = kinds[i]!;
    let choices: readonly Choice[] | undefined;
    if (withChoices) {
      const end = choiceEnds[i]!;
      if (kind === ELIGIBLE) choices = choiceList(choiceStart, end);
      choiceStart = end;
    }
    const carried = carriedOf?.(i);
    if (kind === ELIGIBLE) {
      const q = quota[i]!;
      for (let f = 0; f < fields; f++) {
        const s = spreadColumn[i * fields + f]!;
        spreads[f] = s < 0 ? null : texts[s]!;
      }
      pool.addPicked(id, q < 0 ? null : texts[q]!, spreads, keys, i * keyCount, choices, carried);
    } else if (kind === INELIGIBLE) {
      others.addRow(id, lines[i]!, false, reasonLists[reasons[i]!]!, NONE, carried);
    } else {
      // Every invalid record has its problems, in index order.
      others.addRow(id, lines[i]!, true, NONE, problems[nextProblem++]![1], carried);
    }
  }
};
