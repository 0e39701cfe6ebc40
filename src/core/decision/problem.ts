/**
 * From checked applicants to the allocation problem: quota group and spread
 * value of each eligible applicant, and the rank order (ranking keys, then
 * first-come or the seeded lottery, then the id).
 */

import type { AllocationProblem, Candidate, SpreadLimits } from "../allocation/types.js";
import type { Layout } from "../applicants/layout.js";
import type { Value } from "../applicants/values.js";
import type { Program } from "../program/schema.js";
import { lotteryDraw } from "../ranking/lottery.js";
import { orientedKey, rankOrder } from "../ranking/order.js";

/** The eligible applicants, in file order. */
export interface Pool {
  ids: string[];
  values: Value[][];
}

export interface RankedProblem {
  problem: AllocationProblem;
  /** order[r] = index into the pool of the applicant ranked r (0 = best). */
  order: Uint32Array;
}

const spreadOf = (program: Program, layout: Layout, pool: Pool): SpreadLimits | null => {
  const spread = program.seats?.spread?.[0];
  if (!spread) return null;
  const spec = program.applicants?.fields[spread.field];
  const position = layout.position.get(spread.field)!;
  const seen = new Set<string>();
  for (const values of pool.values) {
    const v = values[position];
    if (v !== null && v !== undefined) seen.add(String(v));
  }
  const declared = spec?.type === "enum" ? (spec.values ?? []) : [];
  const values = [...declared, ...[...seen].filter((v) => !declared.includes(v)).sort()];
  const overrides = spread.values ?? {};
  return {
    values,
    min: (v) => overrides[v]?.min ?? spread.min ?? 0,
    max: (v) => overrides[v]?.max ?? spread.max ?? Number.POSITIVE_INFINITY,
  };
};

export const buildProblem = (
  program: Program,
  layout: Layout,
  pool: Pool,
  seed: string,
): RankedProblem => {
  const seats = program.seats!;
  const n = pool.ids.length;
  const keys: Float64Array[] = [];
  for (const key of seats.ranking ?? []) {
    const position = layout.position.get(key.field)!;
    const array = new Float64Array(n);
    for (let i = 0; i < n; i++)
      array[i] = orientedKey(pool.values[i]![position] as number | null, key.order);
    keys.push(array);
  }
  if (seats.ties === "first-come" && seats.timestamp) {
    const position = layout.position.get(seats.timestamp)!;
    const array = new Float64Array(n);
    for (let i = 0; i < n; i++)
      array[i] = orientedKey(pool.values[i]![position] as number | null, "asc");
    keys.push(array);
  }
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const draw = lotteryDraw(seed, program.id, pool.ids[i]!);
    hi[i] = draw.hi;
    lo[i] = draw.lo;
  }
  const order = rankOrder({ keys, draws: { hi, lo }, ids: pool.ids });

  const quotas = seats.quotas ?? [];
  const quotaField = quotas[0]?.when.field;
  const quotaPosition = quotaField === undefined ? undefined : layout.position.get(quotaField);
  const quotaOf = new Map<string, string>();
  for (const quota of quotas) {
    const values =
      quota.when.in ?? (quota.when.equals !== undefined ? [String(quota.when.equals)] : []);
    for (const v of values) quotaOf.set(v, quota.id);
  }
  const spread = spreadOf(program, layout, pool);
  const spreadField = program.seats?.spread?.[0]?.field;
  const spreadPosition = spreadField === undefined ? undefined : layout.position.get(spreadField);
  const candidates: Candidate[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const values = pool.values[order[r]!]!;
    const q = quotaPosition === undefined ? null : values[quotaPosition];
    const s = spreadPosition === undefined ? null : values[spreadPosition];
    candidates[r] = {
      id: pool.ids[order[r]!]!,
      group: q === null || q === undefined ? null : (quotaOf.get(String(q)) ?? null),
      value: s === null || s === undefined ? null : String(s),
    };
  }
  return {
    problem: {
      total: seats.total,
      groups: quotas.map((q) => ({ id: q.id, seats: q.seats })),
      unfilled: seats.unfilled,
      spread,
      candidates,
    },
    order,
  };
};
