/**
 * The general oracle (any number of spread fields, teams) on its own: worked
 * examples whose answers are derived by hand in the comments, agreement with
 * the older oracles (brute-force.ts, brute-force-classes.ts) where their
 * rules apply (at most one spread field, no teams), and properties every
 * answer of the rules has.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bruteForce } from "./brute-force.js";
import { classOracle } from "./brute-force-classes.js";
import {
  type GeneralOracleResult,
  type GeneralReason,
  generalOracle,
  generalTopUpOracle,
} from "./brute-force-general.js";
import { runs } from "./builders.js";
import { legacyOf, plainGeneral, smallGeneralProblem } from "./general-builders.js";
import * as examples from "./general-examples.js";
import type { GeneralProblem } from "./general-types.js";

/** Per candidate: 0 waitlisted, else the 1-based choice got (1 without classes). */
const got = (r: GeneralOracleResult) => r.admitted.map((a, i) => (a ? (r.choice[i] ?? 1) : 0));
/** The reasons of candidate i's refusals, as "CODE:field:subject" joined by "|" per refusal. */
const reasons = (r: GeneralOracleResult, i: number) =>
  r.refusals[i]!.map((x) =>
    (x.hard.length > 0 ? x.hard : x.held)
      .map((a) => `${a.code}${a.held ? "(held)" : ""}:${a.field ?? "-"}:${a.subject ?? "-"}`)
      .join("|"),
  );

const withProblem = (problem: GeneralProblem, assertion: () => void) => {
  try {
    assertion();
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${JSON.stringify(plainGeneral(problem))}`);
  }
};

describe("the general oracle on worked examples", () => {
  it("admits a team together into the one class that can take all of it", () => {
    // Classes a and b of 2 seats. c1 and c3 are a team that wants a, then b;
    // c2 wants a only. Under "lowest" the team stands at c3, after c2.
    // All three fit (c2 in a, the team in b): T = 3. c2 gets a; then a has
    // one seat, too few for the team: the team gets b, its second choice,
    // and its first is refused with CLASS_FULL (c2 in a, the team needs 2).
    const problem = examples.teamInOneClass;
    const r = generalOracle(problem);
    expect(r.units).toEqual([[1], [0, 2]]);
    expect(got(r)).toEqual([2, 1, 2]);
    expect(r.T).toBe(3);
    expect(r.refusals[0]).toEqual([
      {
        choice: 1,
        id: "a",
        classFull: true,
        hard: [{ code: "CLASS_FULL", subject: "a" }],
        held: [],
        short: [],
        named: [],
      },
    ]);
    expect(r.refusals[2]).toEqual(r.refusals[0]);
    expect(r.refusals[1]).toEqual([]);
  });

  it("under teamRank highest, holds class a's seats for the team's second choice", () => {
    // Same pool; the team now stands at c1, first. T = 3 needs c2 in a, so
    // the team cannot have a: it gets b. Its refusal of a is no hard limit
    // (nobody before it, a has 2 seats): T alone lets it in, so SEATS_FULL
    // (held). c2 then gets a.
    const problem = examples.teamInOneClassHighest;
    const r = generalOracle(problem);
    expect(r.units).toEqual([[0, 2], [1]]);
    expect(got(r)).toEqual([2, 1, 2]);
    expect(reasons(r, 0)).toEqual(["SEATS_FULL(held):-:-"]);
    // T alone decided: the reason names it alone.
    // (Both readings of "other" give it.)
    expect(new Set(r.refusals[0]![0]!.named.map((t) => JSON.stringify(t)))).toEqual(
      new Set([JSON.stringify({ mins: [], quotas: [], total: true })]),
    );
    expect(r.refusals[0]![0]!.classFull).toBe(false);
  });

  it("waitlists a team whole when its members together break a cap", () => {
    // 4 seats, gender f capped at 1. The team c1 + c3 has two f: no valid
    // allocation admits it. The rest (c2 m, c4 f, c5 m) fit: T = 3. The team
    // (standing at c3) finds c2 admitted before it, and 0 + 2 f > 1:
    // SPREAD_CAP gender f, for both members. c4 and c5 are admitted.
    const problem = examples.teamOverCap;
    const r = generalOracle(problem);
    expect(got(r)).toEqual([0, 1, 0, 1, 1]);
    expect(r.T).toBe(3);
    expect(reasons(r, 0)).toEqual(["SPREAD_CAP:gender:f"]);
    expect(reasons(r, 2)).toEqual(["SPREAD_CAP:gender:f"]);
    expect(r.counts).toEqual([
      { field: "gender", value: "f", admitted: 1 },
      { field: "gender", value: "m", admitted: 2 },
      { field: "gender", value: null, admitted: 0 },
    ]);
  });

  it("waitlists a team bigger than every class it can be placed in", () => {
    // Classes a and b of 2; the team c1, c3, c4 (any class) has 3 members
    // and fits no class. c2 (a) and c5 (b) are admitted: T = 2. The team
    // finds 1 + 3 > T (SEATS_FULL, named first) and no class with 3 seats
    // (CLASS_FULL holds as well).
    const problem = examples.teamBiggerThanClasses;
    const r = generalOracle(problem);
    expect(got(r)).toEqual([0, 1, 0, 0, 1]);
    expect(r.T).toBe(2);
    expect(reasons(r, 0)).toEqual(["SEATS_FULL:-:-|CLASS_FULL:-:*"]);
    expect(r.refusals[0]![0]!.classFull).toBe(true);
    expect(r.refusals[3]).toEqual(r.refusals[0]);
  });

  it("takes the team or the better-ranked loner depending on teamRank", () => {
    // 2 seats; the team c1 + c3, loners c2 and c4. Both {c2, c4} and the
    // team give T = 2. Under "lowest" the order is c2, team (at c3), c4:
    // c2 is admitted, so the team cannot be (1 + 2 > T: SEATS_FULL), and c4
    // is. Under "highest" the team comes first and takes both seats; c2 and
    // c4 find 2 + 1 > T.
    const lowest = generalOracle(examples.teamOrLoners("lowest"));
    expect(got(lowest)).toEqual([0, 1, 0, 1]);
    expect(reasons(lowest, 0)).toEqual(["SEATS_FULL:-:-"]);
    const highest = generalOracle(examples.teamOrLoners("highest"));
    expect(got(highest)).toEqual([1, 0, 1, 0]);
    expect(reasons(highest, 1)).toEqual(["SEATS_FULL:-:-"]);
    expect(reasons(highest, 3)).toEqual(["SEATS_FULL:-:-"]);
  });

  it("gives nord's minimum the one f seat that the gender cap allows", () => {
    // 2 seats; region nord min 1, gender f max 1. The only nord applicant,
    // c3, is f, so M = 1 needs c3, and then no other f fits: c1 (sor, f),
    // the best, is passed over. No hard limit holds for c1 (f 0 + 1 <= 1);
    // dropping nord's minimum lets them in: HELD_FOR_MIN region nord.
    // c2 (sor, m) and c3 are admitted.
    const problem = examples.regionMinGenderCap;
    const r = generalOracle(problem);
    expect(got(r)).toEqual([0, 1, 1]);
    expect([r.M, r.Q, r.T]).toEqual([1, 0, 2]);
    expect(reasons(r, 0)).toEqual(["HELD_FOR_MIN:region:nord"]);
    expect(r.mins.map((m) => [m.field, m.value, m.target])).toEqual([
      ["region", "nord", 1],
      ["region", "sor", 0],
      ["gender", "f", 0],
      ["gender", "m", 0],
    ]);
    // Without the gender cap c1 and c3 are admitted (nord's minimum by c3).
    const uncapped = generalOracle(examples.regionMinOnly);
    expect(got(uncapped)).toEqual([1, 0, 1]);
  });

  it("leaves a quota's seats empty under keep-empty where transfer lets a team in", () => {
    // 3 seats, quota spes 2; the team c1 + c2 is outside every quota, c3 too,
    // c4 is spes. keep-empty: 1 open seat, so the team (2 outside) never
    // fits: GROUP_FULL (null), c3 takes the open seat, c4 a spes seat:
    // T = 2, one spes seat empty. transfer: spes can fill 1 (Q = 1), its
    // other seat is transferred; the team (standing at c2, before c3) and
    // c4 give T = 3, and c3 finds the open and transferred seats (3 - 1 = 2)
    // taken by the team: GROUP_FULL (null).
    const kept = generalOracle(examples.teamOutsideQuotas("keep-empty"));
    expect(got(kept)).toEqual([0, 0, 1, 1]);
    expect(kept.T).toBe(2);
    expect(reasons(kept, 0)).toEqual(["GROUP_FULL:-:-"]);
    const moved = generalOracle(examples.teamOutsideQuotas("transfer"));
    expect(got(moved)).toEqual([1, 1, 0, 1]);
    expect(moved.T).toBe(3);
    expect(moved.quotas).toEqual([1]);
    expect(reasons(moved, 2)).toEqual(["GROUP_FULL:-:-"]);
  });

  it("accepts either reading of a held seat for the candidate's own quota", () => {
    // 3 seats, quota spes 2 (keep-empty: 1 open). c1 and c2 outside every
    // quota, c3 spes, the team c4 + c5 spes. Q = 2 needs the team (c3 with
    // one member cannot: a team is whole); T = 3 adds one more, c1 the best.
    // c2 finds the open seat taken: GROUP_FULL. c3 after c1 leaves no room
    // for the team (1 + 1 + 2 > 3): no hard limit holds (c3 has a free spes
    // seat), so a seat was held. With "other" quotas read as those c3 is not
    // in there is nothing to drop but T, which does not help (spes would
    // stay short): SEATS_FULL (held), the last resort; read as every quota,
    // dropping spes with T lets c3 in: HELD_FOR_QUOTA spes.
    const r = generalOracle(examples.teamFillsQuota);
    expect(got(r)).toEqual([1, 0, 0, 1, 1]);
    expect(reasons(r, 1)).toEqual(["GROUP_FULL:-:-"]);
    expect(reasons(r, 2)).toEqual(["SEATS_FULL(held):-:-|HELD_FOR_QUOTA:-:spes"]);
  });

  it("names GROUP_FULL when a team's members pass their quota and the open seats, its quota's seats transferred or not", () => {
    // 3 seats, quota q0 2, transfer. The only applicants are one team of
    // four (three q0, one outside): it never fits, T = 0 and q0 fills
    // nothing, so its 2 seats are transferred and 3 seats are open. The
    // three q0 members take q0's 2 seats and 1 open seat, the fourth member
    // another: 4 > 3. (Counting q0's seats once as its own and again as
    // transferred would find room.) GROUP_FULL, for the member outside (null)
    // or for q0 (3 > 2 seats); 4 > T as well.
    const r = generalOracle(examples.teamPastQuotaAndOpen);
    expect(got(r)).toEqual([0, 0, 0, 0]);
    expect(reasons(r, 0)).toEqual(["GROUP_FULL:-:-|GROUP_FULL:-:q0|SEATS_FULL:-:-"]);
  });

  it("keeps a team's admission in a top-up and gives a declined loner's seat in rank order", () => {
    // 3 seats: c1 and the team c2 + c4 admitted, c3 waitlisted (SEATS_FULL, held).
    // c1 declines: the team keeps its seats, c3 gets the freed one.
    const problem = examples.teamAndLoners;
    const first = generalOracle(problem);
    expect(got(first)).toEqual([1, 1, 0, 1]);
    const after = generalTopUpOracle(
      problem,
      ["c2", "c4"].map((id) => ({ id, choice: null })),
      ["c1"],
    );
    expect(got(after)).toEqual([0, 1, 1, 1]);
  });
});

/** A reason of an older oracle as a general one would name it. */
const same = (a: GeneralReason, b: { code: string; subject: string | null }) =>
  a.code === b.code && a.subject === b.subject;

describe("the general oracle against the older oracles, at most one field and no teams", () => {
  it("admits, targets and explains as the subset oracle (no classes)", () => {
    fc.assert(
      fc.property(
        smallGeneralProblem({ minFields: 0, maxFields: 1, teams: false, classes: false }),
        (problem) => {
          const mine = generalOracle(problem);
          const old = bruteForce(legacyOf(problem));
          withProblem(problem, () => {
            expect(mine.admitted).toEqual(old.admitted);
            expect(mine.T).toBe(old.total);
            expect(mine.quotas).toEqual(old.quotas);
            expect(mine.mins.map((m) => m.target)).toEqual(old.mins);
            old.reasons.forEach((want, i) => {
              if (want === null) {
                expect(mine.refusals[i]).toEqual([]);
                return;
              }
              const r = mine.refusals[i]![0]!;
              if (r.hard.length > 0) expect(same(r.hard[0]!, want), `c${i}`).toBe(true);
              else expect(r.held.some((h) => same(h, want), `c${i}`)).toBe(true);
            });
          });
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("admits, chooses, targets and explains as the classes oracle", () => {
    fc.assert(
      fc.property(
        smallGeneralProblem({ minFields: 0, maxFields: 1, teams: false, classes: true }),
        (problem) => {
          const mine = generalOracle(problem);
          const old = classOracle(legacyOf(problem));
          withProblem(problem, () => {
            expect(got(mine)).toEqual(old.admitted.map((a, i) => (a ? old.choice[i]! : 0)));
            expect(mine.T).toBe(old.total);
            expect(mine.quotas).toEqual(old.quotas);
            expect(mine.mins.map((m) => m.target)).toEqual(old.mins);
            old.refusals.forEach((list, i) => {
              expect(mine.refusals[i]!.length, `c${i}`).toBe(list.length);
              list.forEach((want, k) => {
                const r = mine.refusals[i]![k]!;
                expect(r.classFull, `c${i} choice ${k + 1}`).toBe(want.classFull);
                if (r.hard.length > 0)
                  expect(r.hard.map((h) => `${h.code}:${h.subject}`)).toEqual(
                    want.accept.map((a) => `${a.code}:${a.subject}`),
                  );
                else expect(r.held.some((h) => same(h, want.accept[0]!))).toBe(true);
              });
            });
          });
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

/**
 * A second, slower enumeration for tiny pools: every vector giving each unit
 * "waitlisted" or a (choice, class within it) pair, kept when every class,
 * cap, seat and quota-structure limit holds; M, Q and T over those; then the
 * best vector of choices (units in processing order, waitlisted last) by
 * direct comparison. No subsets, no Hall's condition, no search.
 */
function naive(problem: GeneralProblem): { M: number; Q: number; T: number; got: number[] } {
  const { candidates: people, spreads, groups, total } = problem;
  const classes = problem.classes ?? [];
  const teams = new Map<string, number[]>();
  const units: number[][] = [];
  people.forEach((c, i) => {
    if (!c.team) units.push([i]);
    else if (teams.has(c.team)) teams.get(c.team)!.push(i);
    else {
      const list = [i];
      teams.set(c.team, list);
      units.push(list);
    }
  });
  const at = (u: number[]) => (problem.teamRank === "highest" ? Math.min(...u) : Math.max(...u));
  units.sort((a, b) => at(a) - at(b));
  // Options per unit: [choice index, class index], or [-1, -1] waitlisted.
  const options = units.map((u) => {
    const list: [number, number][] = [];
    const choices = people[u[0]!]!.choices;
    if (classes.length === 0) list.push([0, -1]);
    else for (const [o, c] of choices!.entries()) for (const k of c.classes) list.push([o, k]);
    list.push([-1, -1]);
    return list;
  });
  const quota = groups.map((g) => Math.min(g.seats, total));
  const open = Math.max(0, total - quota.reduce((a, b) => a + b, 0));
  let best: { key: number[]; M: number; Q: number; T: number } | null = null;
  const pick: [number, number][] = [];
  const visit = (k: number) => {
    if (k < units.length) {
      for (const option of options[k]!) {
        pick.push(option);
        visit(k + 1);
        pick.pop();
      }
      return;
    }
    const inside: number[] = [];
    const perClass = classes.map(() => 0);
    units.forEach((u, j) => {
      if (pick[j]![0] < 0) return;
      inside.push(...u);
      if (pick[j]![1] >= 0) perClass[pick[j]![1]]! += u.length;
    });
    if (inside.length > total || perClass.some((n, c) => n > classes[c]!.seats)) return;
    let M = 0;
    for (const [f, s] of spreads.entries()) {
      const values = new Set([...s.values, ...people.map((c) => c.values[f] ?? null)]);
      for (const v of values) {
        if (v === null) continue;
        const n = inside.filter((i) => people[i]!.values[f] === v).length;
        if (n > Math.min(s.max(v), total)) return;
        M += Math.min(n, s.min(v));
      }
    }
    const inQuota = groups.map((g) => inside.filter((i) => people[i]!.group === g.id).length);
    if (problem.unfilled === "keep-empty") {
      const outside = inside.length - inQuota.reduce((a, b) => a + b, 0);
      const beyond = inQuota.reduce((a, n, g) => a + Math.max(0, n - quota[g]!), 0);
      if (outside + beyond > open) return;
    }
    const Q = inQuota.reduce((a, n, g) => a + Math.min(n, quota[g]!), 0);
    const T = inside.length;
    // Smaller is better, unit by unit: the choice got, waitlisted after every choice.
    const key = pick.map(([o]) => (o < 0 ? 99 : o));
    const was = best;
    const first = was ? key.findIndex((x, j) => x !== was.key[j]) : -1;
    const better =
      was === null ||
      M > was.M ||
      (M === was.M && (Q > was.Q || (Q === was.Q && T > was.T))) ||
      (M === was.M && Q === was.Q && T === was.T && first >= 0 && key[first]! < was.key[first]!);
    if (better) best = { key, M, Q, T };
  };
  visit(0);
  const got = people.map(() => 0);
  units.forEach((u, j) => {
    for (const i of u) got[i] = best!.key[j] === 99 ? 0 : best!.key[j]! + 1;
  });
  return { M: best!.M, Q: best!.Q, T: best!.T, got };
}

describe("the general oracle against a second, slower enumeration", () => {
  it("admits and chooses the same on tiny pools with teams, classes and several fields", () => {
    fc.assert(
      fc.property(smallGeneralProblem({ maxCandidates: 6 }), (problem) => {
        const mine = generalOracle(problem);
        const slow = naive(problem);
        withProblem(problem, () => {
          expect(got(mine)).toEqual(slow.got);
          expect([mine.M, mine.Q, mine.T]).toEqual([slow.M, slow.Q, slow.T]);
        });
      }),
      { numRuns: runs(150) },
    );
  });
});

describe("the general oracle on random instances", () => {
  it("meets its own targets: caps, whole teams in one choice, M, Q and T", () => {
    fc.assert(
      fc.property(smallGeneralProblem(), (problem) => {
        const r = generalOracle(problem);
        withProblem(problem, () => {
          expect(r.admitted.filter((a) => a).length).toBe(r.T);
          expect(r.mins.reduce((s, m) => s + m.target, 0)).toBe(r.M);
          expect(r.quotas.reduce((s, q) => s + q, 0)).toBe(r.Q);
          for (const m of r.mins) {
            const n = r.counts.find((c) => c.field === m.field && c.value === m.value)!.admitted;
            expect(n).toBeLessThanOrEqual(m.max);
            expect(m.target).toBe(Math.min(n, m.min));
          }
          for (const unit of r.units) {
            expect(new Set(unit.map((i) => r.admitted[i])).size).toBe(1);
            expect(new Set(unit.map((i) => r.choice[i])).size).toBe(1);
            const list = r.refusals[unit[0]!]!;
            for (const i of unit) expect(r.refusals[i]).toBe(list);
            for (const x of list) expect(x.hard.length > 0 || x.held.length > 0).toBe(true);
          }
        });
      }),
      { numRuns: runs(200) },
    );
  });

  it("admits the same whatever order the spread fields are listed in", () => {
    fc.assert(
      fc.property(smallGeneralProblem({ minFields: 2 }), (problem) => {
        const reversed: GeneralProblem = {
          ...problem,
          spreads: [...problem.spreads].reverse(),
          candidates: problem.candidates.map((c) => ({ ...c, values: [...c.values].reverse() })),
        };
        withProblem(problem, () => {
          expect(got(generalOracle(reversed))).toEqual(got(generalOracle(problem)));
        });
      }),
      { numRuns: runs(100) },
    );
  });

  it("treats a team of one as a candidate on their own", () => {
    fc.assert(
      fc.property(smallGeneralProblem({ teams: false }), fc.nat(8), (problem, k) => {
        const i = k % problem.candidates.length;
        const tagged: GeneralProblem = {
          ...problem,
          candidates: problem.candidates.map((c, j) => (j === i ? { ...c, team: "solo" } : c)),
        };
        const a = generalOracle(problem);
        const b = generalOracle(tagged);
        withProblem(problem, () => {
          expect(got(b)).toEqual(got(a));
          expect(b.refusals).toEqual(a.refusals);
        });
      }),
      { numRuns: runs(60) },
    );
  });
});
