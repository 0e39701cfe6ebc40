/**
 * The allocation rules, implemented by enumerating every subset of a small
 * pool. Shares no code with src/core/allocation: no flows, no layout, only
 * the rules as written in docs/allocation.md.
 */
import type { AllocationProblem } from "../../../src/core/allocation/index.js";

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
  };
}

interface Tally {
  size: number;
  perGroup: number[];
  perValue: number[];
}

function tally(m: Model, mask: number): Tally {
  const perGroup = new Array(m.groups.length + 1).fill(0);
  const perValue = new Array(m.values.length).fill(0);
  let size = 0;
  for (let i = 0; i < m.n; i++) {
    if (!(mask & (1 << i))) continue;
    size++;
    perGroup[m.g[i]!]++;
    if (m.v[i]! >= 0) perValue[m.v[i]!]++;
  }
  return { size, perGroup, perValue };
}

/** Caps and the seat structure (targets aside). */
function fitsSeats(m: Model, t: Tally): boolean {
  if (t.size > m.seats) return false;
  if (t.perValue.some((k, v) => k > m.cap[v]!)) return false;
  if (m.transfer) return true;
  let open = t.perGroup[m.groups.length]!;
  for (let g = 0; g < m.groups.length; g++) open += Math.max(0, t.perGroup[g]! - m.quota[g]!);
  return open <= m.open;
}

const meets = (t: Tally, mins: number[], quotas: number[]): boolean =>
  mins.every((l, v) => t.perValue[v]! >= l) && quotas.every((l, g) => t.perGroup[g]! >= l);

/** Seats the minimums get together, and quota seats filled together. */
const minFill = (m: Model, t: Tally): number =>
  t.perValue.reduce((s, k, v) => s + Math.min(k, m.min[v]!), 0);
const quotaFill = (m: Model, t: Tally): number =>
  m.quota.reduce((s, q, g) => s + Math.min(t.perGroup[g]!, q), 0);

export interface BruteResult {
  mins: number[];
  quotas: number[];
  total: number;
  admitted: boolean[];
  /** Expected reason code and the named value or quota, per refused candidate. */
  reasons: ({ code: string; subject: string | null } | null)[];
}

/**
 * `fixed`: candidates who must be in every allocation (kept admissions of a
 * top-up); `excluded`: candidates out of the pool (decliners). Reasons are
 * computed only without them.
 */
export function bruteForce(
  p: AllocationProblem,
  options: { fixed?: boolean[]; excluded?: boolean[] } = {},
): BruteResult {
  const m = modelOf(p);
  const bits = (flags?: boolean[]) => (flags ?? []).reduce((b, f, i) => (f ? b | (1 << i) : b), 0);
  const fixedMask = bits(options.fixed);
  const excludedMask = bits(options.excluded);
  const all: Tally[] = [];
  const valid: number[] = [];
  for (let mask = 0; mask < 1 << m.n; mask++) {
    const t = tally(m, mask);
    all.push(t);
    if ((mask & fixedMask) !== fixedMask || mask & excludedMask) continue;
    if (fitsSeats(m, t)) valid.push(mask);
  }
  // In priority order: the most seats the minimums get together, then the
  // most quota seats filled, then the most seats; then rank order.
  const bestBy = (sets: number[], score: (t: Tally) => number) => {
    const top = Math.max(...sets.map((s) => score(all[s]!)));
    return sets.filter((s) => score(all[s]!) === top);
  };
  const byMin = bestBy(valid, (t) => minFill(m, t));
  const byQuota = bestBy(byMin, (t) => quotaFill(m, t));
  const good = bestBy(byQuota, (t) => t.size);
  const total = all[good[0]!]!.size;
  // Lexicographically best by rank: at the first candidate where two sets differ, the one with them.
  let best = -1;
  for (const s of good) {
    if (all[s]!.size !== total) continue;
    if (best < 0) best = s;
    else {
      const d = s ^ best;
      if (s & d & -d) best = s;
    }
  }
  const admitted = Array.from({ length: m.n }, (_, i) => (best & (1 << i)) !== 0);
  // The per-value and per-quota targets are what the chosen set meets.
  const chosen = all[best]!;
  const mins = m.min.map((l, v) => Math.min(l, chosen.perValue[v]!));
  const quotas = m.quota.map((q, g) => Math.min(q, chosen.perGroup[g]!));
  return {
    mins,
    quotas,
    total,
    admitted,
    reasons: reasonsOf(m, all, mins, quotas, total, admitted),
  };
}

/** The reason rules of docs/allocation.md, with each relaxation checked by enumeration. */
function reasonsOf(
  m: Model,
  all: Tally[],
  mins: number[],
  quotas: number[],
  total: number,
  admitted: boolean[],
): BruteResult["reasons"] {
  const G = m.groups.length;
  const out: BruteResult["reasons"] = [];
  let before = 0;
  for (let j = 0; j < m.n; j++) {
    if (admitted[j]) {
      out.push(null);
      before |= 1 << j;
      continue;
    }
    const x = all[before]!;
    const g = m.g[j]!;
    const v = m.v[j]!;
    out.push(reasonAt(j, x, g, v));
  }
  return out;

  function reasonAt(j: number, x: Tally, g: number, v: number) {
    if (v >= 0 && m.capped[v] && x.perValue[v]! >= m.cap[v]!)
      return { code: "SPREAD_CAP", subject: m.values[v]! };
    if (G > 0) {
      let taken = x.perGroup[G]!;
      let openTotal = m.open;
      if (m.transfer) {
        openTotal = m.seats - quotas.reduce((s, q) => s + q, 0);
        for (let h = 0; h < G; h++) taken += Math.max(0, x.perGroup[h]! - quotas[h]!);
      } else {
        for (let h = 0; h < G; h++) taken += Math.max(0, x.perGroup[h]! - m.quota[h]!);
      }
      const room = openTotal - taken;
      if (room <= 0 && g === G) return { code: "GROUP_FULL", subject: null };
      if (room <= 0 && g < G && x.perGroup[g]! >= m.quota[g]!)
        return { code: "GROUP_FULL", subject: m.groups[g]! };
    }
    if (x.size >= total) return { code: "SEATS_FULL", subject: null };
    let prefix = 0;
    for (let i = 0; i < j; i++) if (admitted[i]) prefix |= 1 << i;
    const otherMins = m.values.map((_, u) => u).filter((u) => u !== v && mins[u]! > 0);
    const otherQuotas = m.groups.map((_, h) => h).filter((h) => h !== g && quotas[h]! > 0);
    const admits = (relaxMins: number[], relaxQuotas: number[], relaxTotal: boolean): boolean => {
      const lm = mins.map((l, u) => (relaxMins.includes(u) ? 0 : l));
      const lq = quotas.map((l, h) => (relaxQuotas.includes(h) ? 0 : l));
      const later = ((1 << m.n) - 1) & ~((1 << (j + 1)) - 1);
      // Every subset of the later candidates, added to the admitted ones and j.
      for (let y = later; ; y = (y - 1) & later) {
        const t = all[prefix | (1 << j) | y]!;
        const sizeOk = relaxTotal ? t.size <= total : t.size === total;
        // Under transfer, relaxed quota targets only drop their lower bound.
        if (sizeOk && fitsSeats(m, t) && meets(t, lm, lq)) return true;
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
    const [rm, rq] = tries.find(([a, b, t]) => admits(a, b, t)) ?? [otherMins, otherQuotas, true];
    const shortMin = rm.find((u) => x.perValue[u]! < mins[u]!);
    if (shortMin !== undefined) return { code: "HELD_FOR_MIN", subject: m.values[shortMin]! };
    const shortQuota = rq.find((h) => x.perGroup[h]! < quotas[h]!);
    if (shortQuota !== undefined) return { code: "HELD_FOR_QUOTA", subject: m.groups[shortQuota]! };
    return { code: "SEATS_FULL", subject: null };
  }
}
