/**
 * The allocation rules with any number of spread fields and leader groups
 * ("teams"), implemented by enumeration on small pools. Shares no code with
 * src/core/allocation but the types: no flows, no integer program, only the
 * rules below, which generalise docs/allocation.md and brute-force-classes.ts.
 *
 * Units. Candidates sharing a non-null `team` form one unit; every other
 * candidate is a unit of one. A unit is admitted whole or not at all: all its
 * members, into one class of one choice of the unit (the members' choice
 * lists are equal; the first member's is used). Without classes there is one
 * implicit class of `total` seats, which the total already bounds.
 *
 * Processing order. A unit stands at the rank position of its lowest-ranked
 * member (the largest candidate index) under teamRank "lowest" (the
 * default), of its best-ranked member (the smallest index) under "highest".
 * Units are taken in that order; positions never tie (no candidate is in two
 * units).
 *
 * Validity. An allocation gives each unit "waitlisted" or one of its choices.
 * It is valid when the admitted (members counted) keep every cap of every
 * spread field (n(f, v) <= max(f, v)), the seat structure (`transfer`: the
 * total bounds the admitted; `keep-empty`: the seats open to all are the total
 * minus the quota seats, and members beyond their quota and those outside
 * every quota share them), and a placement exists: each admitted unit wholly
 * in one class of the choice it got, no class over its seats.
 *
 * Targets, in priority order over the valid allocations: M, the largest sum
 * over every field f and value v of min(n(f, v), min(f, v)); Q, the largest
 * sum over the quotas of min(n(q), seats(q)) among those reaching M; T, the
 * most admitted (members counted) among those reaching M and Q. Of the valid
 * allocations reaching M, Q and T, the one picked is the best at the first
 * unit in processing order on which two differ: admitted beats waitlisted, a
 * better (lower-numbered) choice beats a worse one. Found unit by unit: each
 * gets the best option some allocation reaching the targets still extends.
 * The targets per (field, value) and per quota are what that allocation
 * meets (admitted, at most the minimum or the quota's seats).
 *
 * Reasons, per refused choice of a unit (every choice better than the one it
 * got, every choice of a waitlisted unit; without classes one, for a
 * waitlisted unit), against what the units before it got. The hard limits,
 * in this order (every one that holds is listed, the first to be named):
 * - `SPREAD_CAP`: admitting the unit would push some field's value over a
 *   cap configured at or below the seats (each such field and value);
 * - `GROUP_FULL`: the unit's members do not fit their quota plus the seats
 *   open to them, and some member is outside every quota or would pass
 *   their quota's seats. With `lim(q)` the seats quota q holds for its own
 *   group (its target under transfer, where its other seats are transferred
 *   and open to all; its seats under keep-empty), the open seats left are
 *   (transfer: total - the quota targets; keep-empty: the open seats) minus
 *   the admitted outside every quota and beyond lim of theirs; the members
 *   needing one are those outside every quota and, per quota, those beyond
 *   lim minus its admitted. They do not fit when they need more than are
 *   left (under transfer: exactly when admitting the unit breaks "outside +
 *   the sum over quotas of max(admitted, target) <= total"). It names null
 *   (a member outside every quota) or a quota whose seats its members would
 *   pass. For a unit of one this is the rule of docs/allocation.md (a
 *   member of a quota with seats left by its number is not refused with
 *   GROUP_FULL);
 * - `SEATS_FULL` (not held): admitting the unit would exceed T;
 * - `CLASS_FULL`, exactly when the choice's classes cannot take the unit
 *   beside the units admitted before, ignoring every target: those, each in
 *   any class of the choice it got, and this unit wholly in one class of
 *   this choice, have no placement.
 * When none holds, a seat was held: the relaxations of docs/allocation.md
 * in order, each checked by enumerating completions (the earlier admitted
 * with their choices, this unit with this choice, the later units free):
 * each other minimum alone, each other quota alone, T alone, all other
 * minimums, all other quotas, all minimums and quotas, all minimums and T,
 * all quotas and T, everything. Of the targets the first admitting one drops,
 * the reason names one still short at that moment: a minimum if any
 * (`HELD_FOR_MIN`, naming its field and value), else a quota
 * (`HELD_FOR_QUOTA`), else T (`SEATS_FULL`, held); and it names every
 * target still short that the relaxation drops as deciding together (the
 * minimums, the quotas, and T when dropped: `named`). Where the rules leave a
 * choice, every answer they allow is accepted:
 * - which of several targets is named (any that the rule allows);
 * - what "other" means for a unit: the minimums of the (field, value) pairs
 *   none of its members has and the quotas none of them is in (the reading
 *   of "other" for a unit of one), or every minimum and quota with a target
 *   (a team with a member from nord can still need a seat held for nord's
 *   minimum). Both readings are computed and either answer is accepted.
 *
 * Top-up after declines (`kept`, `excluded`): the decliners leave the pool
 * (a team declines whole); each kept unit stays admitted with its kept
 * choice or a better one; targets and the comparison are as above over the
 * allocations that respect this. Reasons are computed only without them.
 */
import type { Choice, ClassSeats } from "../../../src/core/allocation/types.js";
import type { GeneralProblem } from "./general-types.js";

/** One acceptable reason: its code, the field it names (spread reasons) and what it names. */
export interface GeneralReason {
  code:
    | "SPREAD_CAP"
    | "GROUP_FULL"
    | "SEATS_FULL"
    | "CLASS_FULL"
    | "HELD_FOR_MIN"
    | "HELD_FOR_QUOTA";
  /** The spread field, for SPREAD_CAP and HELD_FOR_MIN. */
  field?: string;
  /** The value, the quota (null: outside every quota), the choice id, or null. */
  subject: string | null;
  /** For SEATS_FULL: seats remain but are all needed. */
  held?: boolean;
}

export interface GeneralRefusal {
  /** 1-based rank of the refused choice (1 without classes). */
  choice: number;
  /** The choice's id ("" without classes). */
  id: string;
  /** The CLASS_FULL predicate. */
  classFull: boolean;
  /** Every hard limit that holds, in the order to name them. */
  hard: GeneralReason[];
  /** When no hard limit holds: every held reason the rules allow. */
  held: GeneralReason[];
  /** The (field, value) pairs still short of their target at that moment (what HELD_FOR_MIN may list). */
  short: { field: string; value: string }[];
  /**
   * When no hard limit holds: every set of targets a held reason may name as
   * deciding together, the targets still short among those the first
   * admitting relaxation drops (one set per single target that admits alone).
   */
  named: HeldTargets[];
}

/** Targets a held seat is held for together: minimums, quotas (ids) and T. */
export interface HeldTargets {
  mins: { field: string; value: string }[];
  quotas: string[];
  total: boolean;
}

export interface GeneralOracleResult {
  /** The units in processing order, each its members' candidate indexes ascending. */
  units: number[][];
  /** Per candidate: its unit (index into `units`). */
  unitOf: number[];
  admitted: boolean[];
  /** Per candidate: the 1-based choice got, null when waitlisted or without classes. */
  choice: (number | null)[];
  /** The targets: M, Q, T. */
  M: number;
  Q: number;
  T: number;
  /** Per field and value (declared values first, then values seen), what the allocation meets. */
  mins: { field: string; value: string; min: number; max: number; target: number }[];
  /** Per quota, in quota order. */
  quotas: number[];
  /** Admitted per field and value (null: members without a value in the field). */
  counts: { field: string; value: string | null; admitted: number }[];
  /** Per candidate: the refusals of their unit (empty with kept or excluded candidates). */
  refusals: GeneralRefusal[][];
}

export interface GeneralOracleOptions {
  /** Per candidate: the 1-based choice kept from the earlier decision (any number > 0 without classes). */
  kept?: (number | null | undefined)[];
  /** Per candidate: out of the pool (declined). A team declines whole. */
  excluded?: boolean[];
}

interface Pair {
  field: string;
  value: string;
  min: number;
  max: number;
  cap: number;
  capped: boolean;
}

interface Unit {
  members: number[];
  size: number;
  /** Members per quota index (groups.length: outside every quota). */
  perGroup: number[];
  /** Members per (field, value) pair. */
  perPair: number[];
  /** Class mask of each choice, best first ([0] without classes). */
  opts: number[];
  optIds: string[];
}

const MAX_UNITS = 12;

export function generalOracle(
  p: GeneralProblem,
  options: GeneralOracleOptions = {},
): GeneralOracleResult {
  const n = p.candidates.length;
  const seats = p.total;
  const transfer = p.unfilled === "transfer";
  const G = p.groups.length;
  const quotaSeats = p.groups.map((g) => Math.min(g.seats, seats));
  const openSeats = Math.max(0, seats - quotaSeats.reduce((s, q) => s + q, 0));
  const groupOf = (c: (typeof p.candidates)[number]) =>
    c.group === null || G === 0 ? G : p.groups.findIndex((g) => g.id === c.group);

  // Every (field, value): the declared values, then the values seen.
  const pairs: Pair[] = [];
  const pairIndex = new Map<string, number>();
  const key = (f: number, v: string) => `${f}\u0000${v}`;
  p.spreads.forEach((spread, f) => {
    const values = [...spread.values];
    for (const c of p.candidates) {
      const v = c.values[f] ?? null;
      if (v !== null && !values.includes(v)) values.push(v);
    }
    for (const v of values) {
      const max = spread.max(v);
      const cap = Math.min(max, seats);
      pairIndex.set(key(f, v), pairs.length);
      pairs.push({
        field: spread.field,
        value: v,
        min: Math.min(spread.min(v), cap),
        max,
        cap,
        capped: max <= seats,
      });
    }
  });
  const P = pairs.length;

  const classes: readonly ClassSeats[] = p.classes ?? [];
  const K = classes.length;
  if (K > 6) throw new Error("the general oracle handles at most 6 classes");
  const maskOf = (c: Choice) => c.classes.reduce((m, k) => m | (1 << k), 0);

  // Units in processing order.
  const byTeam = new Map<string, number[]>();
  const loose: number[][] = [];
  p.candidates.forEach((c, i) => {
    const team = c.team ?? null;
    if (team === null) loose.push([i]);
    else {
      const list = byTeam.get(team) ?? [];
      list.push(i);
      byTeam.set(team, list);
    }
  });
  const highest = p.teamRank === "highest";
  const stand = (members: number[]) => (highest ? members[0]! : members[members.length - 1]!);
  const memberLists = [...loose, ...byTeam.values()].sort((a, b) => stand(a) - stand(b));
  const U = memberLists.length;
  if (U > MAX_UNITS) throw new Error(`the general oracle enumerates at most ${MAX_UNITS} units`);
  const units: Unit[] = memberLists.map((members) => {
    const perGroup = new Array<number>(G + 1).fill(0);
    const perPair = new Array<number>(P).fill(0);
    for (const i of members) {
      const c = p.candidates[i]!;
      perGroup[groupOf(c)]! += 1;
      p.spreads.forEach((_, f) => {
        const v = c.values[f] ?? null;
        if (v !== null) perPair[pairIndex.get(key(f, v))!]! += 1;
      });
    }
    const first = p.candidates[members[0]!]!;
    const choices = first.choices ?? [];
    return {
      members,
      size: members.length,
      perGroup,
      perPair,
      opts: K === 0 ? [0] : choices.map(maskOf),
      optIds: K === 0 ? [""] : choices.map((c) => c.id),
    };
  });
  const unitOf = new Array<number>(n).fill(-1);
  units.forEach((u, k) => {
    for (const i of u.members) unitOf[i] = k;
  });

  // Tallies of every set of units (bit k: unit k admitted).
  const N = 1 << U;
  const size = new Int32Array(N);
  const perGroup = new Int32Array(N * (G + 1));
  const perPair = new Int32Array(N * Math.max(P, 1));
  const fits = new Uint8Array(N);
  for (let s = 1; s < N; s++) {
    const k = 31 - Math.clz32(s & -s);
    const r = s & (s - 1);
    const u = units[k]!;
    size[s] = size[r]! + u.size;
    for (let g = 0; g <= G; g++)
      perGroup[s * (G + 1) + g] = perGroup[r * (G + 1) + g]! + u.perGroup[g]!;
    for (let q = 0; q < P; q++) perPair[s * P + q] = perPair[r * P + q]! + u.perPair[q]!;
  }
  const pg = (s: number, g: number) => perGroup[s * (G + 1) + g]!;
  const pp = (s: number, q: number) => perPair[s * P + q]!;
  for (let s = 0; s < N; s++) {
    let ok = size[s]! <= seats;
    for (let q = 0; ok && q < P; q++) if (pp(s, q) > pairs[q]!.cap) ok = false;
    if (ok && !transfer) {
      let open = pg(s, G);
      for (let g = 0; g < G; g++) open += Math.max(0, pg(s, g) - quotaSeats[g]!);
      if (open > openSeats) ok = false;
    }
    fits[s] = ok ? 1 : 0;
  }

  /**
   * Whether the units of `s` can be placed, unit k wholly in one class of
   * `allowed(k)`, no class over its seats: every assignment is tried (largest
   * units first, so that dead ends show early).
   */
  const placeable = (s: number, allowed: (k: number) => number): boolean => {
    if (K === 0) return true;
    const list: number[] = [];
    for (let r = s; r > 0; r &= r - 1) list.push(31 - Math.clz32(r & -r));
    list.sort((a, b) => units[b]!.size - units[a]!.size);
    const free = classes.map((c) => c.seats);
    const go = (i: number): boolean => {
      if (i === list.length) return true;
      const k = list[i]!;
      const need = units[k]!.size;
      const mask = allowed(k);
      for (let c = 0; c < K; c++) {
        if (!(mask & (1 << c)) || free[c]! < need) continue;
        free[c]! -= need;
        const ok = go(i + 1);
        free[c]! += need;
        if (ok) return true;
      }
      return false;
    };
    return go(0);
  };

  // Top-up: kept units (their kept choice or better) and declined ones.
  const kept = options.kept ?? [];
  const excluded = options.excluded ?? [];
  const maxOpt = units.map((u) => {
    const out = u.members.map((i) => excluded[i] === true);
    if (out.some((x) => x) && !out.every((x) => x))
      throw new Error("the rules say nothing of a team of which only some decline");
    if (out[0]) return -1;
    const k = kept[u.members[0]!];
    return k ? Math.min(k, u.opts.length) - 1 : u.opts.length - 1;
  });
  const mayWait = units.map((u, k) => !kept[u.members[0]!] || maxOpt[k]! < 0);
  const union = units.map((u, k) => u.opts.slice(0, maxOpt[k]! + 1).reduce((a, b) => a | b, 0));
  let forcedIn = 0;
  let forcedOut = 0;
  units.forEach((_, k) => {
    if (!mayWait[k]) forcedIn |= 1 << k;
    if (maxOpt[k]! < 0) forcedOut |= 1 << k;
  });

  const valid: number[] = [];
  for (let s = 0; s < N; s++) {
    if ((s & forcedIn) !== forcedIn || s & forcedOut || !fits[s]) continue;
    if (placeable(s, (k) => union[k]!)) valid.push(s);
  }
  if (valid.length === 0) throw new Error("no valid allocation keeps the kept admissions");
  const minFill = (s: number) => pairs.reduce((a, x, q) => a + Math.min(pp(s, q), x.min), 0);
  const quotaFill = (s: number) => quotaSeats.reduce((a, q, g) => a + Math.min(pg(s, g), q), 0);
  const bestBy = (sets: number[], score: (s: number) => number) => {
    let top = Number.NEGATIVE_INFINITY;
    for (const s of sets) top = Math.max(top, score(s));
    return sets.filter((s) => score(s) === top);
  };
  const byM = bestBy(valid, minFill);
  const byQ = bestBy(byM, quotaFill);
  const good = bestBy(byQ, (s) => size[s]!);
  const M = minFill(good[0]!);
  const Q = quotaFill(good[0]!);
  const T = size[good[0]!]!;

  // Unit by unit: the best option (choices, then waitlisted) some good allocation extends.
  const decided = new Array<number>(U).fill(-1);
  let alive = good;
  for (let j = 0; j < U; j++) {
    const tries: number[] = [];
    for (let o = 0; o <= maxOpt[j]!; o++) tries.push(o);
    if (mayWait[j]) tries.push(-1);
    const bit = 1 << j;
    let found = false;
    for (const o of tries) {
      const allowed = (k: number) =>
        k < j ? units[k]!.opts[decided[k]!]! : k === j ? units[j]!.opts[o]! : union[k]!;
      const next = alive.filter((s) =>
        o < 0 ? !(s & bit) : (s & bit) !== 0 && placeable(s, allowed),
      );
      if (next.length > 0) {
        decided[j] = o;
        alive = next;
        found = true;
        break;
      }
    }
    if (!found) throw new Error(`no option for unit ${j}: the oracle is inconsistent`);
  }
  let chosen = 0;
  decided.forEach((o, k) => {
    if (o >= 0) chosen |= 1 << k;
  });
  const minTargets = pairs.map((x, q) => Math.min(x.min, pp(chosen, q)));
  const quotaTargets = quotaSeats.map((q, g) => Math.min(q, pg(chosen, g)));

  const admitted = new Array<boolean>(n).fill(false);
  const choice = new Array<number | null>(n).fill(null);
  units.forEach((u, k) => {
    for (const i of u.members) {
      admitted[i] = decided[k]! >= 0;
      choice[i] = decided[k]! >= 0 && K > 0 ? decided[k]! + 1 : null;
    }
  });
  const counts: GeneralOracleResult["counts"] = [];
  p.spreads.forEach((spread, f) => {
    pairs.forEach((x, q) => {
      if (x.field === spread.field && pairIndex.get(key(f, x.value)) === q)
        counts.push({ field: x.field, value: x.value, admitted: pp(chosen, q) });
    });
    const none = p.candidates.filter((c, i) => admitted[i] && (c.values[f] ?? null) === null);
    counts.push({ field: spread.field, value: null, admitted: none.length });
  });

  const result: GeneralOracleResult = {
    units: units.map((u) => u.members),
    unitOf,
    admitted,
    choice,
    M,
    Q,
    T,
    mins: pairs.map((x, q) => ({
      field: x.field,
      value: x.value,
      min: x.min,
      max: x.max,
      target: minTargets[q]!,
    })),
    quotas: quotaTargets,
    counts,
    refusals: p.candidates.map(() => []),
  };
  if (kept.some((k) => k) || excluded.some((e) => e)) return result;

  for (let j = 0; j < U; j++) {
    const u = units[j]!;
    const refused = decided[j]! >= 0 ? decided[j]! : u.opts.length;
    const list: GeneralRefusal[] = [];
    for (let o = 0; o < refused; o++)
      list.push({ choice: o + 1, id: u.optIds[o]!, ...reasonsAt(j, o) });
    for (const i of u.members) result.refusals[i] = list;
  }
  return result;

  function reasonsAt(j: number, o: number): Omit<GeneralRefusal, "choice" | "id"> {
    const u = units[j]!;
    const before = chosen & ((1 << j) - 1);
    const own = (k: number) =>
      k < j ? units[k]!.opts[decided[k]!]! : k === j ? u.opts[o]! : union[k]!;
    const classFull = K > 0 && !placeable(before | (1 << j), own);
    const short = pairs.flatMap((x, q) =>
      pp(before, q) < minTargets[q]! ? [{ field: x.field, value: x.value }] : [],
    );
    const hard: GeneralReason[] = [];
    pairs.forEach((x, q) => {
      if (u.perPair[q]! > 0 && x.capped && pp(before, q) + u.perPair[q]! > x.cap)
        hard.push({ code: "SPREAD_CAP", field: x.field, subject: x.value });
    });
    if (G > 0) {
      const lim = transfer ? quotaTargets : quotaSeats;
      const openTotal = transfer ? seats - quotaTargets.reduce((s, q) => s + q, 0) : openSeats;
      let taken = pg(before, G);
      for (let h = 0; h < G; h++) taken += Math.max(0, pg(before, h) - lim[h]!);
      const room = openTotal - taken;
      // Members needing an open (or transferred) seat: those outside every
      // quota and those beyond what their quota still holds for them (a seat
      // of a quota beyond its target is a transferred one, counted in room).
      let need = u.perGroup[G]!;
      for (let h = 0; h < G; h++)
        need += Math.max(0, u.perGroup[h]! - Math.max(0, lim[h]! - pg(before, h)));
      // Named: null for members outside every quota, a quota whose seats its members would pass.
      const named: (string | null)[] = u.perGroup[G]! > 0 ? [null] : [];
      for (let h = 0; h < G; h++)
        if (u.perGroup[h]! > 0 && pg(before, h) + u.perGroup[h]! > quotaSeats[h]!)
          named.push(p.groups[h]!.id);
      if (need > room && named.length > 0)
        for (const q of named) hard.push({ code: "GROUP_FULL", subject: q });
    }
    if (size[before]! + u.size > T) hard.push({ code: "SEATS_FULL", subject: null, held: false });
    if (classFull) hard.push({ code: "CLASS_FULL", subject: u.optIds[o]! });
    if (hard.length > 0) return { classFull, hard, held: [], short, named: [] };

    const later = (N - 1) & ~((1 << (j + 1)) - 1);
    const base = before | (1 << j);
    const memo = new Map<string, boolean>();
    const admits = (relaxMins: number[], relaxQuotas: number[], relaxTotal: boolean): boolean => {
      const id = `${relaxMins.join(",")}|${relaxQuotas.join(",")}|${relaxTotal}`;
      const known = memo.get(id);
      if (known !== undefined) return known;
      const lm = minTargets.map((l, q) => (relaxMins.includes(q) ? 0 : l));
      const lq = quotaTargets.map((l, h) => (relaxQuotas.includes(h) ? 0 : l));
      let ok = false;
      // Every set of later units, added to the admitted before and this one.
      for (let y = later; ; y = (y - 1) & later) {
        const s = base | y;
        if (
          (relaxTotal ? size[s]! <= T : size[s]! === T) &&
          fits[s] &&
          lm.every((l, q) => pp(s, q) >= l) &&
          lq.every((l, h) => pg(s, h) >= l) &&
          placeable(s, own)
        ) {
          ok = true;
          break;
        }
        if (y === 0) break;
      }
      memo.set(id, ok);
      return ok;
    };
    const shortMin = (q: number) => pp(before, q) < minTargets[q]!;
    const shortQuota = (h: number) => pg(before, h) < quotaTargets[h]!;
    const minReason = (q: number): GeneralReason => ({
      code: "HELD_FOR_MIN",
      field: pairs[q]!.field,
      subject: pairs[q]!.value,
    });
    const quotaReason = (h: number): GeneralReason => ({
      code: "HELD_FOR_QUOTA",
      subject: p.groups[h]!.id,
    });
    const seatsHeld: GeneralReason = { code: "SEATS_FULL", subject: null, held: true };

    const targetsOf = (mins: number[], quotas: number[], total: boolean): HeldTargets => ({
      mins: mins.map((q) => ({ field: pairs[q]!.field, value: pairs[q]!.value })),
      quotas: quotas.map((h) => p.groups[h]!.id),
      total,
    });
    /** The held reasons the relaxation order gives for one reading of "other", and what they name. */
    const heldFor = (
      otherMins: number[],
      otherQuotas: number[],
    ): { reasons: GeneralReason[]; named: HeldTargets[] } => {
      const singleMins = otherMins.filter((q) => admits([q], [], false) && shortMin(q));
      if (singleMins.length > 0)
        return {
          reasons: singleMins.map(minReason),
          named: singleMins.map((q) => targetsOf([q], [], false)),
        };
      const singleQuotas = otherQuotas.filter((h) => admits([], [h], false) && shortQuota(h));
      if (singleQuotas.length > 0)
        return {
          reasons: singleQuotas.map(quotaReason),
          named: singleQuotas.map((h) => targetsOf([], [h], false)),
        };
      if (admits([], [], true)) return { reasons: [seatsHeld], named: [targetsOf([], [], true)] };
      const combos: [number[], number[], boolean][] = [
        [otherMins, [], false],
        [[], otherQuotas, false],
        [otherMins, otherQuotas, false],
        [otherMins, [], true],
        [[], otherQuotas, true],
      ];
      // With everything dropped only caps and seats are left, which the
      // hard limits ruled out: "everything" always admits.
      const [rm, rq, rt] = combos.find(([a, b, t]) => admits(a, b, t)) ?? [
        otherMins,
        otherQuotas,
        true,
      ];
      const mins = rm.filter(shortMin);
      const quotas = rq.filter(shortQuota);
      // Every target still short that the relaxation drops decided; T is
      // short whenever no hard limit holds.
      const named = [targetsOf(mins, quotas, rt)];
      if (mins.length > 0) return { reasons: mins.map(minReason), named };
      if (quotas.length > 0) return { reasons: quotas.map(quotaReason), named };
      return { reasons: [seatsHeld], named };
    };
    const withTarget = <T>(xs: T[], target: (x: T, i: number) => number) =>
      xs.flatMap((x, i) => (target(x, i) > 0 ? [i] : []));
    const everyMin = withTarget(pairs, (_, q) => minTargets[q]!);
    const everyQuota = withTarget(p.groups, (_, h) => quotaTargets[h]!);
    const otherMins = everyMin.filter((q) => u.perPair[q] === 0);
    const otherQuotas = everyQuota.filter((h) => u.perGroup[h] === 0);
    const held: GeneralReason[] = [];
    const readings = [heldFor(otherMins, otherQuotas), heldFor(everyMin, everyQuota)];
    for (const r of readings.flatMap((x) => x.reasons))
      if (!held.some((x) => sameReason(x, r))) held.push(r);
    return { classFull, hard, held, short, named: readings.flatMap((x) => x.named) };
  }
}

export const sameReason = (a: GeneralReason, b: GeneralReason): boolean =>
  a.code === b.code &&
  (a.field ?? null) === (b.field ?? null) &&
  a.subject === b.subject &&
  (a.held ?? null) === (b.held ?? null);

/**
 * The oracle for a top-up: `admitted` the earlier decision's admissions (with
 * the 1-based choice each got, when there are classes), `declined` ids out of
 * the pool. Ids not among the candidates are ignored.
 */
export function generalTopUpOracle(
  p: GeneralProblem,
  admitted: readonly { id: string; choice: number | null }[],
  declined: readonly string[],
): GeneralOracleResult {
  const keptChoice = new Map(admitted.map((a) => [a.id, a.choice ?? 1]));
  const out = new Set(declined);
  return generalOracle(p, {
    kept: p.candidates.map((c) => (out.has(c.id) ? null : (keptChoice.get(c.id) ?? null))),
    excluded: p.candidates.map((c) => out.has(c.id)),
  });
}
