/**
 * Why the allocation is not a simple loop: three natural shortcuts, run on
 * random Topplederprogram-like pools, differ from it on a good share of them,
 * and where they differ they break a target or pass over a better-ranked
 * applicant for no constraint.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AllocationProblem,
  allocate,
  type Candidate,
} from "../../../src/core/allocation/index.js";

const REGIONS = ["nord", "midt", "vest", "sor-ost"];
const QUOTA = 20;
const MIN = 4;
const MAX = 14;

/** 40 seats, spesialist 20 / kommune 20, regions min 4 max 14; nord and kommune scarce. */
const pools = fc
  .record({
    size: fc.integer({ min: 45, max: 90 }),
    kommuneShare: fc.double({ min: 0.15, max: 0.6, noNaN: true }),
    nordShare: fc.double({ min: 0.03, max: 0.2, noNaN: true }),
    seed: fc.array(
      fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      {
        minLength: 90,
        maxLength: 90,
      },
    ),
  })
  .map(
    ({ size, kommuneShare, nordShare, seed }): AllocationProblem => ({
      total: 40,
      groups: [
        { id: "spesialist", seats: QUOTA },
        { id: "kommune", seats: QUOTA },
      ],
      unfilled: "transfer",
      spreads: [{ field: "region", values: REGIONS, min: () => MIN, max: () => MAX }],
      candidates: seed.slice(0, size).map(([g, r], i) => ({
        id: `c${i}`,
        group: g! < kommuneShare ? "kommune" : "spesialist",
        values: [
          r! < nordShare
            ? "nord"
            : REGIONS[1 + Math.floor(((r! - nordShare) / (1 - nordShare)) * 2.999)]!,
        ],
      })),
    }),
  );

type Naive = (candidates: Candidate[]) => Set<string>;

/**
 * Admit in rank order while the quota and the region cap allow; then give
 * the seats left (a quota short of applicants) to the best of the rest.
 */
const fillInRankOrder = (candidates: Candidate[], taken: Set<string>): Set<string> => {
  const perGroup = new Map<string, number>();
  const perRegion = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const c of candidates) {
    if (!taken.has(c.id)) continue;
    bump(perGroup, c.group!);
    bump(perRegion, c.values[0]!);
  }
  for (const quotaBinds of [true, false]) {
    for (const c of candidates) {
      if (taken.size === 40) break;
      if (taken.has(c.id) || (perRegion.get(c.values[0]!) ?? 0) >= MAX) continue;
      if (quotaBinds && (perGroup.get(c.group!) ?? 0) >= QUOTA) continue;
      taken.add(c.id);
      bump(perGroup, c.group!);
      bump(perRegion, c.values[0]!);
    }
  }
  return taken;
};

const plainRankOrder: Naive = (candidates) => fillInRankOrder(candidates, new Set());

/** Fill spesialist, then kommune, each in rank order within the caps; then leftovers by rank. */
const quotaByQuota: Naive = (candidates) => {
  const taken = new Set<string>();
  const perRegion = new Map<string, number>();
  const take = (c: Candidate) => {
    taken.add(c.id);
    perRegion.set(c.values[0]!, (perRegion.get(c.values[0]!) ?? 0) + 1);
  };
  for (const group of ["spesialist", "kommune"]) {
    let k = 0;
    for (const c of candidates) {
      if (k === QUOTA || c.group !== group || (perRegion.get(c.values[0]!) ?? 0) >= MAX) continue;
      take(c);
      k++;
    }
  }
  for (const c of candidates) {
    if (taken.size === 40) break;
    if (!taken.has(c.id) && (perRegion.get(c.values[0]!) ?? 0) < MAX) take(c);
  }
  return taken;
};

/** Take the best 4 of each region first, then the rest in plain rank order. */
const minimumsFirst: Naive = (candidates) => {
  const taken = new Set<string>();
  for (const region of REGIONS) {
    for (const c of candidates.filter((c) => c.values[0] === region).slice(0, MIN)) taken.add(c.id);
  }
  return fillInRankOrder(candidates, taken);
};

describe("naive methods against the allocation", () => {
  const sample = fc.sample(pools, { numRuns: 200, seed: 20260601 });
  const ours = sample.map(
    (p) =>
      new Set(
        allocate(p)
          .outcomes.filter((o) => o.admitted)
          .map((o) => o.id),
      ),
  );
  const differs = (naive: Naive) =>
    sample.filter((p, k) => {
      const theirs = naive(p.candidates);
      return theirs.size !== ours[k]!.size || [...theirs].some((id) => !ours[k]!.has(id));
    }).length;

  it("plain rank order differs on a meaningful share of pools", () => {
    const share = differs(plainRankOrder) / sample.length;
    console.log(
      `plain rank order differs on ${(share * 100).toFixed(0)}% of ${sample.length} pools`,
    );
    expect(share).toBeGreaterThan(0.2);
  });

  it("quota by quota and minimums first differ too", () => {
    expect(differs(quotaByQuota)).toBeGreaterThan(0);
    expect(differs(minimumsFirst)).toBeGreaterThan(0);
  });

  it("where a naive method differs, it misses a target or passes over a better-ranked applicant", () => {
    for (const naive of [plainRankOrder, quotaByQuota, minimumsFirst]) {
      sample.forEach((p, k) => {
        const theirs = naive(p.candidates);
        const first = p.candidates.find((c) => theirs.has(c.id) !== ours[k]!.has(c.id));
        if (!first) return;
        const result = allocate(p);
        const count = (pick: (c: Candidate) => boolean) =>
          p.candidates.filter((c) => theirs.has(c.id) && pick(c)).length;
        const missed =
          result.targets.values.some((t) => count((c) => c.values[0] === t.value) < t.target) ||
          result.targets.groups.some((t) => count((c) => c.group === t.id) < t.target) ||
          theirs.size < result.targets.total;
        // Otherwise the first applicant on whom they disagree is one the allocation admits.
        expect(missed || ours[k]!.has(first.id)).toBe(true);
      });
    }
  });
});
