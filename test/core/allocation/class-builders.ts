/**
 * Builders for allocation problems with parallel classes and ranked choices:
 * by hand from short strings, and a fast-check arbitrary of small random
 * instances (the shape of issue 10's tests).
 */
import fc from "fast-check";
import type {
  AllocationProblem,
  Candidate,
  Choice,
  ClassSeats,
} from "../../../src/core/allocation/types.js";
import { problemOf, type SpreadSpec } from "./builders.js";

/** A choice by name: a class id, else a site, else "*" for any class. */
export function choiceOf(classes: readonly ClassSeats[], name: string): Choice {
  if (name === "*") return { id: "*", kind: "any", classes: classes.map((_, k) => k) };
  const k = classes.findIndex((c) => c.id === name);
  if (k >= 0) return { id: name, kind: "class", classes: [k] };
  const at = classes.flatMap((c, i) => (c.site === name ? [i] : []));
  if (at.length === 0) throw new Error(`no class or site named ${name}`);
  return { id: name, kind: "site", classes: at };
}

export interface ClassProblemSpec {
  total?: number;
  /** [id, site, seats]; the total defaults to the sum of the seats. */
  classes: [string, string, number][];
  groups?: Record<string, number>;
  unfilled?: "transfer" | "keep-empty";
  spread?: SpreadSpec | null;
  /** "group/value:choice,choice" ("-" for null), ids c1, c2, ... in rank order. */
  candidates: string[];
}

export function classProblem(spec: ClassProblemSpec): AllocationProblem {
  const classes = spec.classes.map(([id, site, seats]) => ({ id, site, seats }));
  const people: Candidate[] = spec.candidates.map((s, i) => {
    const [cell, list = ""] = s.split(":");
    const [group, value] = (cell ?? "").split("/");
    return {
      id: `c${i + 1}`,
      group: !group || group === "-" ? null : group,
      values: [!value || value === "-" ? null : value],
      choices: list.split(",").map((name) => choiceOf(classes, name.trim())),
    };
  });
  return {
    ...problemOf({
      total: spec.total ?? classes.reduce((s, c) => s + c.seats, 0),
      groups: spec.groups ?? {},
      unfilled: spec.unfilled ?? "transfer",
      spread: spec.spread ?? null,
      candidates: people,
    }),
    classes,
  };
}

/**
 * A random problem with classes: up to `maxCandidates`, 0-3 quotas, 0-4
 * spread values (as smallProblem), 2-4 classes at 1-3 sites whose seats add
 * up to the total, and per candidate 1-3 distinct choices among the classes,
 * the sites and "any" (half the time among the classes only); half the time
 * no more than two applicants beyond the seats.
 */
export function smallClassProblem(
  maxCandidates = 12,
  minCandidates = Math.min(3, maxCandidates),
): fc.Arbitrary<AllocationProblem> {
  return fc
    .record({
      quotas: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3, size: "max" }),
      openSeats: fc.integer({ min: 0, max: 3 }),
      unfilled: fc.constantFrom("transfer" as const, "keep-empty" as const),
      spread: fc.option(
        fc.array(
          fc.record({
            min: fc.integer({ min: 0, max: 2 }),
            extra: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 }),
          }),
          { minLength: 1, maxLength: 4, size: "max" },
        ),
        { freq: 4 },
      ),
      classCount: fc.integer({ min: 2, max: 4 }),
      siteCount: fc.integer({ min: 1, max: 3 }),
      siteOf: fc.array(fc.nat(2), { minLength: 4, maxLength: 4 }),
      // Half the time as few applicants as seats (or two more): then
      // giving someone their first choice can cost a seat somebody later
      // needs, and seats are held for T.
      scarce: fc.option(fc.nat(2), { freq: 2 }),
      // Half the time choices name classes only: applicants are then less
      // interchangeable, and who gets which class decides who else fits.
      narrow: fc.boolean(),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      people: fc.array(
        fc.record({
          g: fc.nat(20),
          v: fc.nat(20),
          outside: fc.nat(9),
          noValue: fc.nat(19),
          picks: fc.array(fc.nat(99), { minLength: 1, maxLength: 3 }),
        }),
        { minLength: minCandidates, maxLength: maxCandidates, size: "max" },
      ),
    })
    .map(
      ({
        quotas,
        openSeats,
        unfilled,
        spread,
        classCount,
        siteCount,
        siteOf,
        scarce,
        narrow,
        cuts,
        people,
      }) => {
        const groups = quotas.map((seats, i) => ({ id: `q${i}`, seats }));
        const total = Math.max(1, quotas.reduce((s, q) => s + q, 0) + openSeats);
        const values = (spread ?? []).map((_, i) => `v${i}`);
        const limits = new Map(
          (spread ?? []).map((l, i) => [
            `v${i}`,
            { min: l.min, max: l.extra === null ? Number.POSITIVE_INFINITY : l.min + l.extra },
          ]),
        );
        const sites = Math.min(siteCount, classCount);
        // Every class has a seat when the total allows; the rest is cut at random points.
        const base = total >= classCount ? 1 : 0;
        const rest = total - base * classCount;
        const points = [
          0,
          ...cuts
            .slice(0, classCount - 1)
            .map((x) => Math.round(x * rest))
            .sort((a, b) => a - b),
          rest,
        ];
        const classes: ClassSeats[] = Array.from({ length: classCount }, (_, k) => ({
          id: `k${k}`,
          site: `s${k < sites ? k : siteOf[k]! % sites}`,
          seats: base + points[k + 1]! - points[k]!,
        }));
        const pool = narrow
          ? classes.map((c) => c.id)
          : [...classes.map((c) => c.id), ...Array.from({ length: sites }, (_, s) => `s${s}`), "*"];
        return {
          total,
          groups,
          unfilled,
          spreads: spread
            ? [
                {
                  field: "region",
                  values,
                  min: (v: string) => limits.get(v)!.min,
                  max: (v: string) => limits.get(v)!.max,
                },
              ]
            : [],
          classes,
          candidates: people
            .slice(0, scarce === null ? people.length : Math.max(minCandidates, total + scarce))
            .map((p, i) => ({
              id: `c${i}`,
              group:
                groups.length === 0 || p.outside === 0 ? null : groups[p.g % groups.length]!.id,
              values: [
                values.length === 0 || p.noValue === 0 ? null : values[p.v % values.length]!,
              ],
              choices: [...new Set(p.picks.map((x) => pool[x % pool.length]!))].map((name) =>
                choiceOf(classes, name),
              ),
            })),
        };
      },
    );
}

/** A problem with classes as plain data, for failure messages. */
export function plainClasses(problem: AllocationProblem): unknown {
  return {
    total: problem.total,
    groups: problem.groups,
    unfilled: problem.unfilled,
    spread: problem.spreads[0]
      ? problem.spreads[0].values.map((v) => [
          v,
          problem.spreads[0]!.min(v),
          problem.spreads[0]!.max(v),
        ])
      : null,
    classes: problem.classes?.map((c) => [c.id, c.site, c.seats]),
    candidates: problem.candidates.map(
      (c) =>
        `${c.group ?? "-"}/${c.values[0] ?? "-"}:${(c.choices ?? []).map((x) => x.id).join(",")}`,
    ),
  };
}
