/**
 * From checked applicants to the allocation problem: quota group and spread
 * value of each eligible applicant, and the rank order (ranking keys, then
 * first-come or the seeded lottery, then the id).
 */
import type { AllocationProblem, Candidate, SpreadLimits } from "../allocation/types.js";
import type { Layout } from "../applicants/layout.js";
import type { Value } from "../applicants/values.js";
import type { Program } from "../program/schema.js";
import { lottery } from "../ranking/lottery.js";
import { orientedKey, rankOrder } from "../ranking/order.js";

/**
 * The eligible applicants, in file order, as columns: only what allocation
 * reads is kept, so a million applicants do not keep a million rows alive.
 */
export class Pool {
  readonly ids: string[] = [];
  readonly quotaValues: (string | null)[] = [];
  readonly spreadValues: (string | null)[] = [];
  /** One column per ranking key (and the first-come time), oriented so larger ranks higher. */
  readonly keys: number[][];
  private readonly quotaAt: number | undefined;
  private readonly spreadAt: number | undefined;
  private readonly keyAt: { position: number; order: "asc" | "desc" }[];

  constructor(program: Program, layout: Layout) {
    const seats = program.seats;
    const at = (field: string | undefined) =>
      field === undefined ? undefined : layout.position.get(field);
    this.quotaAt = at(seats?.quotas?.[0]?.when.field);
    this.spreadAt = at(seats?.spread?.[0]?.field);
    this.keyAt = (seats?.ranking ?? []).map((k) => ({
      position: layout.position.get(k.field)!,
      order: k.order,
    }));
    if (seats?.ties === "first-come" && seats.timestamp) {
      this.keyAt.push({ position: layout.position.get(seats.timestamp)!, order: "asc" });
    }
    this.keys = this.keyAt.map(() => []);
  }

  add(id: string, values: readonly Value[]): void {
    this.ids.push(id);
    const text = (at: number | undefined) => {
      const v = at === undefined ? null : values[at];
      return v === null || v === undefined ? null : String(v);
    };
    this.quotaValues.push(text(this.quotaAt));
    this.spreadValues.push(text(this.spreadAt));
    for (let k = 0; k < this.keyAt.length; k++) {
      const { position, order } = this.keyAt[k]!;
      this.keys[k]!.push(orientedKey(values[position] as number | null, order));
    }
  }
}

const spreadOf = (program: Program, pool: Pool): SpreadLimits | null => {
  const spread = program.seats?.spread?.[0];
  if (!spread) return null;
  const spec = program.applicants?.fields[spread.field];
  const seen = new Set<string>();
  for (const v of pool.spreadValues) if (v !== null) seen.add(v);
  const declared = spec?.type === "enum" ? (spec.values ?? []) : [];
  const values = [...declared, ...[...seen].filter((v) => !declared.includes(v)).sort()];
  const overrides = spread.values ?? {};
  return {
    values,
    min: (v) => overrides[v]?.min ?? spread.min ?? 0,
    max: (v) => overrides[v]?.max ?? spread.max ?? Number.POSITIVE_INFINITY,
  };
};

export const buildProblem = (program: Program, pool: Pool, seed: string): AllocationProblem => {
  const seats = program.seats!;
  const n = pool.ids.length;
  const draw = lottery(seed, program.id);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const d = draw(pool.ids[i]!);
    hi[i] = d.hi;
    lo[i] = d.lo;
  }
  const order = rankOrder({
    keys: pool.keys.map((k) => Float64Array.from(k)),
    draws: { hi, lo },
    ids: pool.ids,
  });

  const quotas = seats.quotas ?? [];
  const quotaOf = new Map<string, string>();
  for (const quota of quotas) {
    const values =
      quota.when.in ?? (quota.when.equals !== undefined ? [String(quota.when.equals)] : []);
    for (const v of values) quotaOf.set(v, quota.id);
  }
  const candidates: Candidate[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const q = pool.quotaValues[i]!;
    candidates[r] = {
      id: pool.ids[i]!,
      group: q === null ? null : (quotaOf.get(q) ?? null),
      value: pool.spreadValues[i]!,
    };
  }
  return {
    total: seats.total,
    groups: quotas.map((q) => ({ id: q.id, seats: q.seats })),
    unfilled: seats.unfilled,
    spread: spreadOf(program, pool),
    candidates,
  };
};
