/**
 * The allocation rules with parallel classes and ranked choices, implemented
 * by enumeration on small pools. Shares no code with src/core/allocation but
 * the types: no flows, no integer program, only the rules below.
 *
 * The rule. The priority order is unchanged: caps, then minimums (the most
 * seats the minimums get together: the sum over values of min(admitted with
 * the value, the minimum)), then quotas (the sum over quotas of min(admitted
 * in the quota, the quota's seats)), then the most seats filled. With classes,
 * every allocation must also place each admitted applicant into one class of
 * one of their choices, no class above its seats.
 *
 * - An allocation gives each applicant "waitlisted" or one of their choices.
 *   A choice stands for a set of classes: the class it names, every class of
 *   the site it names, or every class for "any".
 * - It is valid when the admitted keep every cap and the seat structure
 *   (`transfer`: the total bounds the admitted; `keep-empty`: the seats open
 *   to all are the total minus the quota seats, and applicants beyond their
 *   quota and those outside every quota share them) and a placement exists:
 *   each admitted applicant in a class of the choice they got, no class over
 *   its seats.
 * - Its minimum fill, quota fill and size are those of its admitted set. The
 *   targets M, Q and T are the best of these in priority order over the valid
 *   allocations (an admitted set that no placement fits does not count).
 * - Of the valid allocations reaching M, Q and T, the one picked is the best
 *   at the first applicant in rank order on whom two differ: admitted beats
 *   waitlisted, and a better (lower-numbered) choice beats a worse one.
 *
 * Without classes every applicant has one implicit choice and the rule is the
 * one of docs/allocation.md (brute-force.ts).
 *
 * How: every admitted subset of the pool is enumerated once; those within
 * the caps and seat structure whose members can be placed, each in any class
 * of any of their choices (Hall's condition over the sets of classes), are
 * the valid ones, and M, Q and T are read off them. Then the applicants are
 * taken in rank order: each gets the first of their choices, then
 * waitlisted, for which some subset reaching M, Q and T still fits with the
 * earlier applicants held to the choice they got, this one to this choice and
 * the later ones free. That is the lexicographic best, exactly.
 *
 * Which class within a choice an applicant is placed in is not part of the
 * rule (the engine balances a site's classes); the oracle checks only that a
 * placement exists.
 *
 * Reasons, per refused choice (every choice better than the one got, every
 * choice of a waitlisted applicant), against what the applicants before them
 * got. The hard limits, in this order:
 * - `SPREAD_CAP`: the applicant's value has reached a cap configured at or
 *   below the seats; `GROUP_FULL`: their quota is full and no open (or, under
 *   transfer, transferred) seat is left. Both are about the applicant, not
 *   the choice: they hold for every choice alike.
 * - `SEATS_FULL`: the admitted before them already number T.
 * - `CLASS_FULL`, exactly when the choice's classes cannot take one more
 *   beside those admitted before the applicant, ignoring every target: the
 *   earlier admitted, each placed in any class of the choice they got, and
 *   this applicant in any class of this choice, have no placement.
 * When none holds, a seat was held: the relaxations of docs/allocation.md,
 * each checked by enumerating completions (the earlier admitted with their
 * choices, this applicant with this choice, the later ones with any of
 * theirs), name `HELD_FOR_MIN`, `HELD_FOR_QUOTA` or `SEATS_FULL`.
 * When several hard limits hold at once (a cap reached and the class full),
 * each is true: `accept` lists all of them, the first in the order above
 * being the one to name (the order of docs/allocation.md, cap, quota, seats,
 * with the class last). When CLASS_FULL holds, no relaxation of the targets
 * can admit the applicant to that choice, so a held reason is never right;
 * when it does not hold, CLASS_FULL is never right.
 *
 * Waitlists per choice: an applicant's position on the waitlist of choice X
 * is 1 + the number of higher-ranked applicants who also chose X (the same
 * id) and got neither X nor a choice they rank better than X.
 *
 * Top-up after declines (`kept`, `excluded`): the decliners leave the pool;
 * each kept applicant stays admitted with their kept choice or a better one
 * (never out, never down); targets and the rank-order comparison are as
 * above over the allocations that respect this. Reasons and positions are
 * computed only without kept or excluded applicants.
 */
import type { AllocationProblem } from "../../../src/core/allocation/types.js";

interface Model {
  n: number;
  seats: number;
  transfer: boolean;
  groups: string[];
  quota: number[];
  open: number;
  values: string[];
  min: number[];
  cap: number[];
  /** Per value: a cap configured at or below the seats (only such a cap is named as reached). */
  capped: boolean[];
  /** Per candidate: group index (groups.length for none) and value index (-1 for none). */
  g: number[];
  v: number[];
  /** Number of classes; 0 when the problem has none. */
  K: number;
  classIds: string[];
  /** Seats of each set of classes, indexed by bit mask. */
  capOf: number[];
  /** Per candidate: the class mask of each choice, best first ([0] without classes). */
  opts: number[][];
  optIds: string[][];
}

function modelOf(p: AllocationProblem): Model {
  const groups = p.groups.map((g) => g.id);
  const quota = p.groups.map((g) => Math.min(g.seats, p.total));
  // This oracle knows one spread field: the first.
  const spread = p.spreads[0] ?? null;
  const firstValue = (c: (typeof p.candidates)[number]) => c.values[0] ?? null;
  const values = [...(spread?.values ?? [])];
  for (const c of p.candidates)
    if (spread && firstValue(c) !== null && !values.includes(firstValue(c)!))
      values.push(firstValue(c)!);
  const cap = values.map((v) => Math.min(spread!.max(v), p.total));
  const classes = p.classes ?? [];
  const K = classes.length;
  if (K > 8) throw new Error("the oracle handles at most 8 classes");
  const capOf = Array.from({ length: 1 << K }, (_, S) =>
    classes.reduce((s, c, k) => (S & (1 << k) ? s + c.seats : s), 0),
  );
  const maskOf = (indexes: readonly number[]) => indexes.reduce((m, k) => m | (1 << k), 0);
  return {
    n: p.candidates.length,
    seats: p.total,
    transfer: p.unfilled === "transfer",
    groups,
    quota,
    open: Math.max(0, p.total - quota.reduce((s, q) => s + q, 0)),
    values,
    min: values.map((v, i) => Math.min(spread!.min(v), cap[i]!)),
    cap,
    capped: values.map((v) => spread!.max(v) <= p.total),
    g: p.candidates.map((c) =>
      c.group === null || groups.length === 0 ? groups.length : groups.indexOf(c.group),
    ),
    v: p.candidates.map((c) =>
      firstValue(c) === null || !spread ? -1 : values.indexOf(firstValue(c)!),
    ),
    K,
    classIds: classes.map((c) => c.id),
    capOf,
    opts: p.candidates.map((c) =>
      K === 0 ? [0] : (c.choices ?? []).map((x) => maskOf(x.classes)),
    ),
    optIds: p.candidates.map((c) => (K === 0 ? [""] : (c.choices ?? []).map((x) => x.id))),
  };
}

/**
 * Hall's condition: applicants, each allowed the classes of a mask, can be
 * placed with no class over its seats exactly when, for every set S of
 * classes, those allowed only classes within S are at most the seats of S.
 * `count[mask]` is the number of applicants allowed exactly `mask`.
 */
function placeable(m: Model, count: Int32Array): boolean {
  if (m.K === 0) return true;
  if (count[0]! > 0) return false;
  for (let S = 1; S < 1 << m.K; S++) {
    let need = 0;
    for (let sub = S; sub > 0; sub = (sub - 1) & S) need += count[sub]!;
    if (need > m.capOf[S]!) return false;
  }
  return true;
}

interface Tallies {
  size: Int32Array;
  /** perGroup[mask * (G + 1) + g], perValue[mask * V + v]. */
  perGroup: Int32Array;
  perValue: Int32Array;
  fits: Uint8Array;
}

function talliesOf(m: Model): Tallies {
  const N = 1 << m.n;
  const G1 = m.groups.length + 1;
  const V = m.values.length;
  const size = new Int32Array(N);
  const perGroup = new Int32Array(N * G1);
  const perValue = new Int32Array(N * V);
  const fits = new Uint8Array(N);
  for (let s = 1; s < N; s++) {
    // Built from the set without its lowest member.
    const i = 31 - Math.clz32(s & -s);
    const r = s & (s - 1);
    size[s] = size[r]! + 1;
    for (let g = 0; g < G1; g++) perGroup[s * G1 + g] = perGroup[r * G1 + g]!;
    for (let v = 0; v < V; v++) perValue[s * V + v] = perValue[r * V + v]!;
    perGroup[s * G1 + m.g[i]!]! += 1;
    if (m.v[i]! >= 0) perValue[s * V + m.v[i]!]! += 1;
  }
  for (let s = 0; s < N; s++) fits[s] = fitsSeats(m, s, size, perGroup, perValue) ? 1 : 0;
  return { size, perGroup, perValue, fits };
}

/** Caps and the seat structure (targets and classes aside). */
function fitsSeats(
  m: Model,
  s: number,
  size: Int32Array,
  perGroup: Int32Array,
  perValue: Int32Array,
): boolean {
  const G = m.groups.length;
  const V = m.values.length;
  if (size[s]! > m.seats) return false;
  for (let v = 0; v < V; v++) if (perValue[s * V + v]! > m.cap[v]!) return false;
  if (m.transfer) return true;
  let open = perGroup[s * (G + 1) + G]!;
  for (let g = 0; g < G; g++) open += Math.max(0, perGroup[s * (G + 1) + g]! - m.quota[g]!);
  return open <= m.open;
}

/** One acceptable reason: its code and what it names (value, quota, choice id, or null). */
export interface ExpectedReason {
  code: string;
  subject: string | null;
}

export interface ExpectedRefusal {
  /** 1-based rank of the refused choice. */
  choice: number;
  id: string;
  /** The choice's classes cannot take one more beside the earlier admitted (the CLASS_FULL predicate). */
  classFull: boolean;
  /**
   * The reasons that hold: one, or every hard limit that holds when several
   * do, the one to name first.
   */
  accept: ExpectedReason[];
}

export interface ClassOracleResult {
  /** Per value and per quota, what the chosen allocation meets (as Targets). */
  mins: number[];
  quotas: number[];
  total: number;
  admitted: boolean[];
  /** 1-based choice got, null when waitlisted or without classes. */
  choice: (number | null)[];
  /**
   * Per candidate: the refused choices (better than the one got, or all of a
   * waitlisted one's); without classes, one entry for a waitlisted candidate
   * (their reason). Empty arrays with kept or excluded candidates.
   */
  refusals: ExpectedRefusal[][];
  /** Per candidate: position on the waitlist of each refused choice. */
  positions: { choice: number; id: string; position: number }[][];
}

export interface ClassOracleOptions {
  /** Per candidate: the 1-based choice kept from the earlier decision (any number without classes). */
  kept?: (number | null | undefined)[];
  /** Per candidate: out of the pool (declined). */
  excluded?: boolean[];
}

export function classOracle(
  p: AllocationProblem,
  options: ClassOracleOptions = {},
): ClassOracleResult {
  const m = modelOf(p);
  if (m.n > 16) throw new Error("the oracle enumerates subsets: at most 16 candidates");
  const t = talliesOf(m);
  const G1 = m.groups.length + 1;
  const V = m.values.length;
  const kept = options.kept ?? [];
  const excluded = options.excluded ?? [];
  // The options each candidate may get (0-based choice indexes, best first) and whether they may wait.
  const maxOpt = m.opts.map((o, i) =>
    excluded[i] ? -1 : kept[i] ? Math.min(kept[i]!, o.length) - 1 : o.length - 1,
  );
  const mayWait = m.opts.map((_, i) => !kept[i] || excluded[i] === true);
  const union = m.opts.map((o, i) => o.slice(0, maxOpt[i]! + 1).reduce((a, b) => a | b, 0));
  let forcedIn = 0;
  let forcedOut = 0;
  for (let i = 0; i < m.n; i++) {
    if (!mayWait[i]) forcedIn |= 1 << i;
    if (maxOpt[i]! < 0) forcedOut |= 1 << i;
  }
  const count = new Int32Array(1 << m.K);
  /** Placeable when candidate i may use `allowed(i)`. */
  const fitsClasses = (s: number, allowed: (i: number) => number): boolean => {
    if (m.K === 0) return true;
    count.fill(0);
    for (let r = s; r > 0; r &= r - 1) count[allowed(31 - Math.clz32(r & -r))]! += 1;
    return placeable(m, count);
  };

  const valid: number[] = [];
  for (let s = 0; s < 1 << m.n; s++) {
    if ((s & forcedIn) !== forcedIn || s & forcedOut || !t.fits[s]) continue;
    if (fitsClasses(s, (i) => union[i]!)) valid.push(s);
  }
  if (valid.length === 0) throw new Error("no valid allocation keeps the kept admissions");
  const minFill = (s: number) =>
    m.min.reduce((a, l, v) => a + Math.min(t.perValue[s * V + v]!, l), 0);
  const quotaFill = (s: number) =>
    m.quota.reduce((a, q, g) => a + Math.min(t.perGroup[s * G1 + g]!, q), 0);
  const bestBy = (sets: number[], score: (s: number) => number) => {
    let top = Number.NEGATIVE_INFINITY;
    for (const s of sets) top = Math.max(top, score(s));
    return sets.filter((s) => score(s) === top);
  };
  const good = bestBy(bestBy(bestBy(valid, minFill), quotaFill), (s) => t.size[s]!);
  const total = t.size[good[0]!]!;

  // Rank order: each candidate in turn gets the best option some good
  // allocation extending the decisions so far gives them.
  const decided = new Array<number>(m.n).fill(-1);
  let alive = good;
  for (let j = 0; j < m.n; j++) {
    const tries: number[] = [];
    for (let o = 0; o <= maxOpt[j]!; o++) tries.push(o);
    if (mayWait[j]) tries.push(-1);
    let found = false;
    for (const o of tries) {
      const bit = 1 << j;
      const allowed = (i: number) =>
        i < j ? m.opts[i]![decided[i]!]! : i === j ? m.opts[j]![o]! : union[i]!;
      const next = alive.filter((s) =>
        o < 0 ? !(s & bit) : (s & bit) !== 0 && fitsClasses(s, allowed),
      );
      if (next.length > 0) {
        decided[j] = o;
        alive = next;
        found = true;
        break;
      }
    }
    if (!found) throw new Error(`no option for candidate ${j}: the oracle is inconsistent`);
  }
  const chosen = alive[0]!;
  const admitted = decided.map((o) => o >= 0);
  const mins = m.min.map((l, v) => Math.min(l, t.perValue[chosen * V + v]!));
  const quotas = m.quota.map((q, g) => Math.min(q, t.perGroup[chosen * G1 + g]!));
  const result: ClassOracleResult = {
    mins,
    quotas,
    total,
    admitted,
    choice: decided.map((o) => (o >= 0 && m.K > 0 ? o + 1 : null)),
    refusals: decided.map(() => []),
    positions: decided.map(() => []),
  };
  if (kept.some((k) => k) || excluded.some((e) => e)) return result;

  for (let j = 0; j < m.n; j++) {
    const refused = decided[j]! >= 0 ? decided[j]! : m.opts[j]!.length;
    if (m.K === 0 && refused === 0) continue;
    for (let o = 0; o < refused; o++) {
      result.refusals[j]!.push({
        choice: o + 1,
        id: m.optIds[j]![o]!,
        ...reasonsAt(j, o),
      });
      if (m.K === 0) continue;
      let position = 1;
      for (let h = 0; h < j; h++) {
        const r = m.optIds[h]!.indexOf(m.optIds[j]![o]!);
        if (r >= 0 && (decided[h]! < 0 || decided[h]! > r)) position++;
      }
      result.positions[j]!.push({ choice: o + 1, id: m.optIds[j]![o]!, position });
    }
  }
  return result;

  function reasonsAt(j: number, o: number): Omit<ExpectedRefusal, "choice" | "id"> {
    const G = m.groups.length;
    let before = 0;
    for (let i = 0; i < j; i++) if (admitted[i]) before |= 1 << i;
    const pg = (h: number) => t.perGroup[before * G1 + h]!;
    const pv = (u: number) => t.perValue[before * V + u]!;
    const g = m.g[j]!;
    const v = m.v[j]!;
    const own = (i: number) =>
      i < j ? m.opts[i]![decided[i]!]! : i === j ? m.opts[j]![o]! : union[i]!;
    const classFull = m.K > 0 && !fitsClasses(before | (1 << j), own);
    const accept: ExpectedReason[] = [];
    if (v >= 0 && m.capped[v] && pv(v) >= m.cap[v]!)
      accept.push({ code: "SPREAD_CAP", subject: m.values[v]! });
    if (G > 0) {
      let taken = pg(G);
      let openTotal = m.open;
      if (m.transfer) {
        openTotal = m.seats - quotas.reduce((s, q) => s + q, 0);
        for (let h = 0; h < G; h++) taken += Math.max(0, pg(h) - quotas[h]!);
      } else {
        for (let h = 0; h < G; h++) taken += Math.max(0, pg(h) - m.quota[h]!);
      }
      const room = openTotal - taken;
      if (room <= 0 && g === G) accept.push({ code: "GROUP_FULL", subject: null });
      if (room <= 0 && g < G && pg(g) >= m.quota[g]!)
        accept.push({ code: "GROUP_FULL", subject: m.groups[g]! });
    }
    if (t.size[before]! >= total) accept.push({ code: "SEATS_FULL", subject: null });
    if (classFull) accept.push({ code: "CLASS_FULL", subject: m.optIds[j]![o]! });
    if (accept.length > 0) return { classFull, accept };

    const otherMins = m.values.map((_, u) => u).filter((u) => u !== v && mins[u]! > 0);
    const otherQuotas = m.groups.map((_, h) => h).filter((h) => h !== g && quotas[h]! > 0);
    const later = ((1 << m.n) - 1) & ~((1 << (j + 1)) - 1);
    const base = before | (1 << j);
    const admits = (relaxMins: number[], relaxQuotas: number[], relaxTotal: boolean): boolean => {
      const lm = mins.map((l, u) => (relaxMins.includes(u) ? 0 : l));
      const lq = quotas.map((l, h) => (relaxQuotas.includes(h) ? 0 : l));
      // Every subset of the later candidates, added to the admitted ones and j.
      for (let y = later; ; y = (y - 1) & later) {
        const s = base | y;
        const size = t.size[s]!;
        if (
          (relaxTotal ? size <= total : size === total) &&
          t.fits[s] &&
          lm.every((l, u) => t.perValue[s * V + u]! >= l) &&
          lq.every((l, h) => t.perGroup[s * G1 + h]! >= l) &&
          fitsClasses(s, own)
        )
          return true;
        if (y === 0) return false;
      }
    };
    // Relaxations in priority order; the reason names the first target still
    // short among those the first admitting one drops (minimums, then quotas).
    const tries: [number[], number[], boolean][] = [
      ...otherMins.map((u): [number[], number[], boolean] => [[u], [], false]),
      ...otherQuotas.map((h): [number[], number[], boolean] => [[], [h], false]),
      [[], [], true],
    ];
    if (otherMins.length > 1) tries.push([otherMins, [], false]);
    if (otherQuotas.length > 1) tries.push([[], otherQuotas, false]);
    if (otherMins.length > 0 && otherQuotas.length > 0)
      tries.push([otherMins, otherQuotas, false], [otherMins, [], true], [[], otherQuotas, true]);
    const [rm, rq] = tries.find(([a, b, r]) => admits(a, b, r)) ?? [otherMins, otherQuotas, true];
    const shortMin = rm.find((u) => pv(u) < mins[u]!);
    if (shortMin !== undefined)
      return { classFull, accept: [{ code: "HELD_FOR_MIN", subject: m.values[shortMin]! }] };
    const shortQuota = rq.find((h) => pg(h) < quotas[h]!);
    if (shortQuota !== undefined)
      return { classFull, accept: [{ code: "HELD_FOR_QUOTA", subject: m.groups[shortQuota]! }] };
    return { classFull, accept: [{ code: "SEATS_FULL", subject: null }] };
  }
}

/**
 * The oracle for a top-up: `admitted` the earlier decision's admissions (with
 * the 1-based choice each got, when there are classes), `declined` ids out of
 * the pool. Ids not among the candidates are ignored.
 */
export function classTopUpOracle(
  p: AllocationProblem,
  admitted: readonly { id: string; choice: number | null }[],
  declined: readonly string[],
): ClassOracleResult {
  const keptChoice = new Map(admitted.map((a) => [a.id, a.choice ?? 1]));
  const out = new Set(declined);
  return classOracle(p, {
    kept: p.candidates.map((c) => (out.has(c.id) ? null : (keptChoice.get(c.id) ?? null))),
    excluded: p.candidates.map((c) => out.has(c.id)),
  });
}
