/**
 * The classes oracle on its own: worked examples with answers known by hand,
 * agreement with the subset oracle on problems without classes, and a
 * second, slower enumeration (every choice vector, placement by augmenting
 * paths instead of Hall's condition) on tiny instances.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AllocationProblem } from "../../../src/core/allocation/types.js";
import { bruteForce } from "./brute-force.js";
import { classOracle, classTopUpOracle } from "./brute-force-classes.js";
import { plain, runs, smallProblem } from "./builders.js";
import { plainClasses, smallClassProblem } from "./class-builders.js";
import * as examples from "./class-examples.js";

/** Choice vector: 0 waitlisted, else the 1-based choice got. */
const got = (r: ReturnType<typeof classOracle>): number[] =>
  r.admitted.map((a, i) => (a ? (r.choice[i] ?? 1) : 0));
const codes = (r: ReturnType<typeof classOracle>, i: number) =>
  r.refusals[i]!.map((x) => x.accept.map((a) => `${a.code}:${a.subject ?? "-"}`).join("|"));

describe("the classes oracle on worked examples", () => {
  it("puts Tromsø's 13th applicant in Bergen, their second choice, because Tromsø's 12 seats are taken", () => {
    const problem = examples.tromsoAndBergen;
    const r = classOracle(problem);
    expect(got(r)).toEqual([...new Array(12).fill(1), 2, 1, 0, 1]);
    expect(r.total).toBe(15);
    expect(r.refusals[12]).toEqual([
      {
        choice: 1,
        id: "tromso",
        classFull: true,
        accept: [{ code: "CLASS_FULL", subject: "tromso" }],
      },
    ]);
    expect(r.positions[12]).toEqual([{ choice: 1, id: "tromso", position: 1 }]);
    // c15 is waitlisted behind c13 for Tromsø (c13 got Bergen, a worse choice).
    expect(codes(r, 14)).toEqual(["CLASS_FULL:tromso"]);
    expect(r.positions[14]).toEqual([{ choice: 1, id: "tromso", position: 2 }]);
    expect(r.refusals[0]).toEqual([]);
  });

  it("fills a site's two classes from applicants naming the site, a class there, or any class", () => {
    const problem = examples.osloTwoClasses;
    const r = classOracle(problem);
    expect(got(r)).toEqual([1, 1, 1, 1, 2, 2, 0, 0]);
    expect(codes(r, 4)).toEqual(["CLASS_FULL:oslo-a"]);
    expect(codes(r, 5)).toEqual(["CLASS_FULL:Oslo"]);
    // Bergen and every seat are full: both hold, full seats come first.
    expect(codes(r, 6)).toEqual(["SEATS_FULL:-|CLASS_FULL:bergen"]);
    expect(codes(r, 7)).toEqual(["SEATS_FULL:-|CLASS_FULL:*"]);
    expect(r.positions[7]).toEqual([{ choice: 1, id: "*", position: 1 }]);
    expect(r.positions[6]).toEqual([{ choice: 1, id: "bergen", position: 1 }]);
  });

  it("gives two applicants from vest their second choice so that nord's minimum can be met in Tromsø", () => {
    const problem = examples.minimumInTromso;
    const r = classOracle(problem);
    expect(got(r)).toEqual([2, 2, 1, 1, 0]);
    expect(r.mins).toEqual([2, 0]);
    expect(codes(r, 0)).toEqual(["HELD_FOR_MIN:nord"]);
    expect(codes(r, 1)).toEqual(["HELD_FOR_MIN:nord"]);
    expect(r.refusals[0]![0]!.classFull).toBe(false);
    expect(codes(r, 4)).toEqual(["SEATS_FULL:-|CLASS_FULL:bergen"]);
    // c5 waits behind nobody for Bergen (c1 and c2 got it).
    expect(r.positions[4]).toEqual([{ choice: 1, id: "bergen", position: 1 }]);
    expect(r.positions[0]).toEqual([{ choice: 1, id: "tromso", position: 1 }]);
    expect(r.positions[1]).toEqual([{ choice: 1, id: "tromso", position: 2 }]);
  });

  it("holds a class seat for a minimum whose only applicants can go nowhere else", () => {
    // Without the class, c1 would be admitted: the nord applicant could sit anywhere.
    const problem = examples.minimumHoldsClassSeat;
    const r = classOracle(problem);
    expect(got(r)).toEqual([0, 1, 1, 1]);
    expect(codes(r, 0)).toEqual(["HELD_FOR_MIN:nord"]);
  });

  const sectors = examples.sectors;

  it("transfers a quota seat only where a class has room (unfilled: transfer)", () => {
    const r = classOracle(sectors("transfer"));
    expect(got(r)).toEqual([1, 1, 1, 0, 1]);
    expect(r.total).toBe(4);
    expect(r.quotas).toEqual([2, 1]);
    // The one transferred seat is taken (c3 holds it): no choice can help; class a is also full.
    expect(codes(r, 3)).toEqual(["GROUP_FULL:spesialist|CLASS_FULL:a", "GROUP_FULL:spesialist"]);
    expect(r.refusals[3]!.map((x) => x.classFull)).toEqual([true, false]);
  });

  it("keeps the unfilled quota seat empty (unfilled: keep-empty)", () => {
    const r = classOracle(sectors("keep-empty"));
    expect(got(r)).toEqual([1, 1, 0, 0, 1]);
    expect(r.total).toBe(3);
    expect(codes(r, 2)).toEqual(["GROUP_FULL:spesialist"]);
    expect(codes(r, 3)).toEqual(["GROUP_FULL:spesialist|CLASS_FULL:a", "GROUP_FULL:spesialist"]);
  });

  it("fills fewer seats than the total when the classes chosen cannot take more", () => {
    const problem = examples.fewerThanTotal;
    const r = classOracle(problem);
    expect(got(r)).toEqual([1, 0, 2, 0]);
    expect(r.total).toBe(2);
    expect(codes(r, 1)).toEqual(["CLASS_FULL:a"]);
  });
});

describe("the classes oracle for top-up after declines", () => {
  const twoCities = examples.twoCities;

  it("moves a kept applicant up to their first choice and offers the seat they leave", () => {
    expect(got(classOracle(twoCities))).toEqual([1, 2, 0]);
    const r = classTopUpOracle(
      twoCities,
      [
        { id: "c1", choice: 1 },
        { id: "c2", choice: 2 },
      ],
      ["c1"],
    );
    expect(got(r)).toEqual([0, 1, 1]);
  });

  it("never moves a kept applicant down or out, even for a better-ranked waitlisted one", () => {
    // c2 was admitted to Bergen before c1 (say, c1 applied late and ranks first now).
    const r = classTopUpOracle(twoCities, [{ id: "c3", choice: 1 }], []);
    expect(got(r)).toEqual([1, 0, 1]);
    const s = classTopUpOracle(twoCities, [{ id: "c2", choice: 2 }], []);
    expect(got(s)).toEqual([1, 2, 0]);
  });

  it("offers a freed seat to a better-ranked waitlisted applicant before a kept one's upgrade", () => {
    const problem = examples.upgradeAfterDecline;
    expect(got(classOracle(problem))).toEqual([0, 2, 1, 0]);
    const r = classTopUpOracle(
      problem,
      [
        { id: "c2", choice: 2 },
        { id: "c3", choice: 1 },
      ],
      ["c3"],
    );
    // Without c3, nord has nobody left and its minimum no longer holds Tromsø:
    // c1 ranks above c2 and takes it; c2 keeps Bergen, so c4 still waits.
    expect(got(r)).toEqual([1, 2, 0, 0]);
    expect(r.mins).toEqual([0, 0]);
  });
});

/**
 * Whether the applicants with a choice in `vector` (1-based, 0 for none) can
 * be placed: Kuhn's augmenting paths over single seats.
 */
function kuhnPlaces(p: AllocationProblem, vector: number[]): boolean {
  const classes = p.classes ?? [];
  const seats = classes.flatMap((c, k) => Array.from({ length: c.seats }, () => k));
  const holder = new Array<number>(seats.length).fill(-1);
  const tryPlace = (i: number, seen: boolean[]): boolean => {
    const allowed = p.candidates[i]!.choices![vector[i]! - 1]!.classes;
    for (let s = 0; s < seats.length; s++) {
      if (seen[s] || !allowed.includes(seats[s]!)) continue;
      seen[s] = true;
      if (holder[s]! < 0 || tryPlace(holder[s]!, seen)) {
        holder[s] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < p.candidates.length; i++)
    if (vector[i]! > 0 && !tryPlace(i, new Array(seats.length).fill(false))) return false;
  return true;
}

/**
 * The rule enumerated the slow way: every choice vector, placement by
 * augmenting paths, then targets in priority order and the lexicographic best.
 */
function everyVector(
  p: AllocationProblem,
  kept: (number | null | undefined)[] = [],
  excluded: boolean[] = [],
): number[] {
  const n = p.candidates.length;
  const spread = p.spreads[0];
  const quotaSeats = p.groups.map((g) => Math.min(g.seats, p.total));
  const openSeats = Math.max(0, p.total - quotaSeats.reduce((a, b) => a + b, 0));
  const optionsOf = (i: number): number[] => {
    if (excluded[i]) return [0];
    const len = p.candidates[i]!.choices!.length;
    const top = kept[i] ? Math.min(kept[i]!, len) : len;
    const list = Array.from({ length: top }, (_, k) => k + 1);
    return kept[i] ? list : [...list, 0];
  };
  const place = (vector: number[]) => kuhnPlaces(p, vector);
  const score = (vector: number[]): number[] | null => {
    const inIt = p.candidates.filter((_, i) => vector[i]! > 0);
    if (inIt.length > p.total) return null;
    const values = spread ? [...spread.values] : [];
    let minFill = 0;
    for (const v of values) {
      const k = inIt.filter((c) => c.values[0] === v).length;
      if (k > Math.min(spread!.max(v), p.total)) return null;
      minFill += Math.min(k, spread!.min(v), spread!.max(v), p.total);
    }
    const perQuota = p.groups.map((g) => inIt.filter((c) => c.group === g.id).length);
    if (p.unfilled === "keep-empty") {
      const outside = inIt.filter((c) => !p.groups.some((g) => g.id === c.group)).length;
      const beyond = perQuota.reduce((a, k, g) => a + Math.max(0, k - quotaSeats[g]!), 0);
      if (outside + beyond > openSeats) return null;
    }
    if (!place(vector)) return null;
    const quotaFill = perQuota.reduce((a, k, g) => a + Math.min(k, quotaSeats[g]!), 0);
    return [minFill, quotaFill, inIt.length];
  };
  let best: number[] | null = null;
  let bestScore: number[] = [];
  const rankKey = (x: number) => (x === 0 ? 99 : x);
  const better = (a: number[], sa: number[], b: number[], sb: number[]) => {
    for (let k = 0; k < 3; k++) if (sa[k] !== sb[k]) return sa[k]! > sb[k]!;
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return rankKey(a[i]!) < rankKey(b[i]!);
    return false;
  };
  const vector = new Array<number>(n).fill(0);
  const walk = (i: number) => {
    if (i === n) {
      const s = score(vector);
      if (s && (!best || better(vector, s, best, bestScore))) {
        best = [...vector];
        bestScore = s;
      }
      return;
    }
    for (const o of optionsOf(i)) {
      vector[i] = o;
      walk(i + 1);
    }
  };
  walk(0);
  if (!best) throw new Error("no valid allocation");
  return best;
}

describe("the classes oracle against a second enumeration", () => {
  it("agrees with the subset oracle on problems without classes (targets, admitted, reasons)", () => {
    fc.assert(
      fc.property(smallProblem(11), (problem) => {
        const mine = classOracle(problem);
        const old = bruteForce(problem);
        try {
          expect(mine.mins).toEqual(old.mins);
          expect(mine.quotas).toEqual(old.quotas);
          expect(mine.total).toBe(old.total);
          expect(mine.admitted).toEqual(old.admitted);
          expect(mine.refusals.map((r) => r[0]?.accept[0] ?? null)).toEqual(old.reasons);
        } catch (error) {
          throw new Error(`${(error as Error).message}\n${JSON.stringify(plain(problem))}`);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("picks the same choice vector as enumerating every one, and CLASS_FULL as augmenting paths say (tiny instances)", () => {
    fc.assert(
      fc.property(smallClassProblem(6), (problem) => {
        const r = classOracle(problem);
        try {
          expect(got(r)).toEqual(everyVector(problem));
          // CLASS_FULL: the earlier admitted with their choices and this one with this choice do not fit.
          r.refusals.forEach((list, j) => {
            for (const x of list) {
              const vector = got(r).map((c, i) => (i < j ? c : i === j ? x.choice : 0));
              expect(x.classFull).toBe(!kuhnPlaces(problem, vector));
              expect(x.accept.some((a) => a.code === "CLASS_FULL")).toBe(x.classFull);
            }
          });
        } catch (error) {
          throw new Error(`${(error as Error).message}\n${JSON.stringify(plainClasses(problem))}`);
        }
      }),
      { numRuns: runs(200) },
    );
  });

  it("picks the same top-up as enumerating every choice vector (tiny instances)", () => {
    fc.assert(
      fc.property(smallClassProblem(6), fc.infiniteStream(fc.nat(3)), (problem, coin) => {
        const first = classOracle(problem);
        const admitted = problem.candidates.flatMap((c, i) =>
          first.admitted[i] ? [{ id: c.id, choice: first.choice[i]! }] : [],
        );
        const declined = admitted.filter(() => coin.next().value === 0).map((a) => a.id);
        const r = classTopUpOracle(problem, admitted, declined);
        const kept = problem.candidates.map((c) =>
          declined.includes(c.id) ? null : (admitted.find((a) => a.id === c.id)?.choice ?? null),
        );
        const excluded = problem.candidates.map((c) => declined.includes(c.id));
        try {
          expect(got(r)).toEqual(everyVector(problem, kept, excluded));
          kept.forEach((k, i) => {
            if (k) expect(r.choice[i]).toBeLessThanOrEqual(k);
          });
        } catch (error) {
          throw new Error(
            `${(error as Error).message}\n${JSON.stringify({ problem: plainClasses(problem), declined })}`,
          );
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("is fast enough for property runs: 12 candidates with reasons in a few milliseconds", () => {
    // Not a timing assertion: a smoke run of the largest shape the property tests use.
    fc.assert(
      fc.property(smallClassProblem(12), (problem) => {
        const r = classOracle(problem);
        expect(r.admitted.filter(Boolean).length).toBe(r.total);
      }),
      { numRuns: runs(20) },
    );
  });
});
