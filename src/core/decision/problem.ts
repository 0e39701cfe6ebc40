/**
 * From checked applicants to the allocation problem: quota group, spread
 * value and ranked choices of each eligible applicant, the rank order
 * (ranking keys, then first-come or the seeded lottery, then the id), and the
 * classes of the intake allocated, when it has them.
 */
import type {
  AllocationProblem,
  Candidate,
  Choice,
  ClassSeats,
  SpreadLimits,
} from "../allocation/types.js";
import type { Layout } from "../applicants/layout.js";
import type { Value } from "../applicants/values.js";
import type { Program, ProgramClass } from "../program/schema.js";
import { lottery } from "../ranking/lottery.js";
import { orientedKey, rankOrder } from "../ranking/order.js";

/**
 * Where in a row's values the pool reads: the quota field, each spread
 * field, and each ranking key (the first-come time last) with its order.
 */
export const poolFields = (
  program: Program,
  layout: Layout,
): {
  quota: number | undefined;
  spread: (number | undefined)[];
  keys: { position: number; order: "asc" | "desc" }[];
} => {
  const seats = program.seats;
  const at = (field: string | undefined) =>
    field === undefined ? undefined : layout.position.get(field);
  const keys = (seats?.ranking ?? []).map((k) => ({
    position: layout.position.get(k.field)!,
    order: k.order,
  }));
  if (seats?.ties === "first-come" && seats.timestamp) {
    keys.push({ position: layout.position.get(seats.timestamp)!, order: "asc" });
  }
  return {
    quota: at(seats?.quotas?.[0]?.when.field),
    spread: (seats?.spread ?? []).map((s) => at(s.field)),
    keys,
  };
};

/**
 * The eligible applicants, in file order, as columns: only what allocation
 * reads is kept, so a million applicants do not keep a million rows alive.
 */
export class Pool {
  readonly ids: string[] = [];
  readonly quotaValues: (string | null)[] = [];
  /** Per spread field, each applicant's value. */
  readonly spreadValues: (string | null)[][];
  /** Each applicant's resolved choices (verdict.choices); undefined when the list has none. */
  readonly choices: (readonly Choice[] | undefined)[] = [];
  /** One column per ranking key (and the first-come time), oriented so larger ranks higher. */
  readonly keys: number[][];
  /** Each applicant's leader group, when the program declares them (null: alone). */
  readonly teams: (string | null)[] | undefined;
  /** Each applicant's carried cells, once any are added (the results' carried columns). */
  carried: (readonly string[] | undefined)[] | undefined;
  private readonly quotaAt: number | undefined;
  private readonly spreadAt: (number | undefined)[];
  private readonly keyAt: { position: number; order: "asc" | "desc" }[];
  /**
   * Each distinct quota or spread text once: the reader gives every row its
   * own copy of "kommune", and a million copies of a few words add up.
   */
  private readonly texts = new Map<string, string>();

  constructor(program: Program, layout: Layout) {
    const read = poolFields(program, layout);
    this.quotaAt = read.quota;
    this.spreadAt = read.spread;
    this.spreadValues = this.spreadAt.map(() => []);
    this.keyAt = read.keys;
    this.keys = this.keyAt.map(() => []);
    this.teams = program.applicants?.team ? [] : undefined;
  }

  /**
   * `choices`: the verdict's resolved choices, when the list's choices are
   * read; `team`: the leader group the row names.
   */
  add(
    id: string,
    values: readonly Value[],
    choices?: readonly Choice[],
    team?: string,
    carried?: readonly string[],
  ): void {
    this.addRow(id, choices, team ?? null, carried);
    this.quotaValues.push(this.text(values, this.quotaAt));
    for (let f = 0; f < this.spreadAt.length; f++)
      this.spreadValues[f]!.push(this.text(values, this.spreadAt[f]));
    for (let k = 0; k < this.keyAt.length; k++) {
      const { position, order } = this.keyAt[k]!;
      this.keys[k]!.push(orientedKey(values[position] as number | null, order));
    }
  }

  /**
   * As add, with the values the pool reads already picked out of the row, as
   * a worker thread sends them (src/io/applicants/parallel/pool-range.ts):
   * the quota and spread texts (`spreads[f]`), each the pool's own
   * (`shared`), and the keys oriented (orientedKey), `keys[keyStart + k]`.
   */
  addPicked(
    id: string,
    quota: string | null,
    spreads: readonly (string | null)[],
    keys: ArrayLike<number>,
    keyStart: number,
    choices?: readonly Choice[],
    carried?: readonly string[],
  ): void {
    this.addRow(id, choices, null, carried);
    this.quotaValues.push(quota);
    for (let f = 0; f < this.spreadAt.length; f++) this.spreadValues[f]!.push(spreads[f]!);
    for (let k = 0; k < this.keyAt.length; k++) this.keys[k]!.push(keys[keyStart + k]!);
  }

  /** What add and addPicked keep alike: the id, choices, group and carried cells. */
  private addRow(
    id: string,
    choices: readonly Choice[] | undefined,
    team: string | null,
    carried: readonly string[] | undefined,
  ): void {
    if (carried !== undefined) {
      this.carried ??= new Array(this.ids.length);
      this.carried[this.ids.length] = carried;
    } else this.carried?.push(undefined);
    this.ids.push(id);
    this.choices.push(choices);
    this.teams?.push(team);
  }

  private text(values: readonly Value[], at: number | undefined): string | null {
    const v = at === undefined ? null : values[at];
    if (v === null || v === undefined) return null;
    return this.shared(String(v));
  }

  /**
   * A quota or spread text as the pool keeps it: the same string for the
   * same text, whichever row or range it came from.
   */
  shared(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }
}

const spreadsOf = (program: Program, pool: Pool): SpreadLimits[] =>
  (program.seats?.spread ?? []).map((spread, f) => {
    const spec = program.applicants?.fields[spread.field];
    const seen = new Set<string>();
    for (const v of pool.spreadValues[f]!) if (v !== null) seen.add(v);
    const declared = spec?.type === "enum" ? (spec.values ?? []) : [];
    const values = [...declared, ...[...seen].filter((v) => !declared.includes(v)).sort()];
    const overrides = spread.values ?? {};
    return {
      field: spread.field,
      values,
      min: (v) => overrides[v]?.min ?? spread.min ?? 0,
      max: (v) => overrides[v]?.max ?? spread.max ?? Number.POSITIVE_INFINITY,
    };
  });

/** The allocation problem, and where each candidate stands in the pool. */
export interface RankedProblem {
  problem: AllocationProblem;
  /** Per candidate (in rank order), its applicant's index in the pool. */
  poolIndex: Uint32Array;
}

/**
 * The allocation problem. `classes` are the classes of the intake allocated
 * (ChosenIntake.intake.classes): with them the problem has `classes` and every
 * candidate `choices` (class indexes are positions in `classes`); an applicant
 * without resolved choices (no `applicants.choices` declared) accepts any
 * class. Without classes the problem is what it always was.
 *
 * With leader groups, each candidate has its group (`team`) and the problem
 * the program's `teamRank`; the eligible members of the `blocked` groups
 * (teams.ts) are no candidates.
 */
export const buildProblem = (
  program: Program,
  pool: Pool,
  seed: string,
  classes?: readonly ProgramClass[],
  blocked: ReadonlySet<string> = new Set(),
): AllocationProblem => rankPool(program, pool, seed, classes, blocked).problem;

/**
 * As buildProblem, with each candidate's place in the pool: the results
 * read what the pool holds per applicant (carried cells) by it, not by id.
 */
export const rankPool = (
  program: Program,
  pool: Pool,
  seed: string,
  classes?: readonly ProgramClass[],
  blocked: ReadonlySet<string> = new Set(),
): RankedProblem => {
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
    // new Float64Array(array) copies in one go; Float64Array.from iterates.
    keys: pool.keys.map((k) => new Float64Array(k)),
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
  const withClasses = classes !== undefined && classes.length > 0;
  const anyClass: readonly Choice[] = withClasses
    ? [{ id: "*", kind: "any", classes: classes.map((_, i) => i) }]
    : [];
  const valuesOf = spreadTuples(pool);
  const teams = pool.teams;
  const candidates: Candidate[] = [];
  const poolIndex = new Uint32Array(n);
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    const team = teams?.[i] ?? null;
    if (team !== null && blocked.has(team)) continue;
    const q = pool.quotaValues[i]!;
    const candidate: Candidate = {
      id: pool.ids[i]!,
      group: q === null ? null : (quotaOf.get(q) ?? null),
      values: valuesOf(i),
    };
    if (withClasses) candidate.choices = pool.choices[i] ?? anyClass;
    if (team !== null) candidate.team = team;
    poolIndex[candidates.length] = i;
    candidates.push(candidate);
  }
  const problem: AllocationProblem = {
    total: seats.total,
    groups: quotas.map((q) => ({ id: q.id, seats: q.seats })),
    unfilled: seats.unfilled,
    spreads: spreadsOf(program, pool),
    candidates,
  };
  if (withClasses)
    problem.classes = classes.map((c): ClassSeats => ({ id: c.id, site: c.site, seats: c.seats }));
  const teamSpec = program.applicants?.team;
  if (teamSpec) problem.teamRank = teamSpec.rank;
  return { problem, poolIndex: poolIndex.subarray(0, candidates.length) };
};

/**
 * Each applicant's spread values as one array shared by all applicants with
 * the same values: a million applicants hold a few arrays, not a million.
 * A tuple is found by the values' numbers (each distinct value of a field
 * numbered as first seen), so no key text is made per applicant.
 */
const spreadTuples = (pool: Pool): ((i: number) => readonly (string | null)[]) => {
  const F = pool.spreadValues.length;
  if (F === 0) {
    const none: readonly (string | null)[] = Object.freeze([]);
    return () => none;
  }
  const numbers = pool.spreadValues.map(() => new Map<string | null, number>());
  const tuples = new Map<string | number, readonly (string | null)[]>();
  const key: (string | null)[] = new Array(F);
  return (i) => {
    let k: string | number = 0;
    for (let f = 0; f < F; f++) {
      const value = pool.spreadValues[f]![i]!;
      key[f] = value;
      const seen = numbers[f]!;
      let number = seen.get(value);
      if (number === undefined) {
        number = seen.size;
        seen.set(value, number);
      }
      k = F === 1 ? number : `${k},${number}`;
    }
    let tuple = tuples.get(k);
    if (!tuple) {
      tuple = Object.freeze([...key]);
      tuples.set(k, tuple);
    }
    return tuple;
  };
};
