/**
 * Builders for allocation problems with any number of spread fields and
 * leader groups ("teams"): by hand from short strings, a fast-check arbitrary
 * of small random instances (the shape of issue 11's tests), and the
 * the problem as the older oracles read it.
 */
import fc from "fast-check";
import type { AllocationProblem, ClassSeats } from "../../../src/core/allocation/types.js";
import { choiceOf } from "./class-builders.js";
import type { GeneralCandidate, GeneralProblem, GeneralSpread } from "./general-types.js";

export interface FieldSpec {
  values: string[];
  min?: number;
  max?: number;
  overrides?: Record<string, { min?: number; max?: number }>;
}

export interface GeneralSpec {
  /** Defaults to the sum of the class seats. */
  total?: number;
  groups?: Record<string, number>;
  unfilled?: "transfer" | "keep-empty";
  /** The spread fields, in order: the candidates' values follow it. */
  spreads?: [string, FieldSpec][];
  /** [id, site, seats]. */
  classes?: [string, string, number][];
  teamRank?: "lowest" | "highest";
  /**
   * "group/value/value:choice,choice@team" ("-" for null; one value per
   * spread field; choices only with classes; "@team" optional), ids c1, c2,
   * ... in rank order.
   */
  candidates: string[];
}

export function fieldOf(field: string, spec: FieldSpec): GeneralSpread {
  return {
    field,
    values: spec.values,
    min: (v) => spec.overrides?.[v]?.min ?? spec.min ?? 0,
    max: (v) => spec.overrides?.[v]?.max ?? spec.max ?? Number.POSITIVE_INFINITY,
  };
}

export function generalProblem(spec: GeneralSpec): GeneralProblem {
  const classes: ClassSeats[] = (spec.classes ?? []).map(([id, site, seats]) => ({
    id,
    site,
    seats,
  }));
  const spreads = (spec.spreads ?? []).map(([field, f]) => fieldOf(field, f));
  const nullable = (s: string | undefined) => (!s || s === "-" ? null : s);
  const candidates: GeneralCandidate[] = spec.candidates.map((text, i) => {
    const [body = "", team] = text.split("@");
    const [cell = "", list] = body.split(":");
    const [group, ...values] = cell.split("/");
    if (values.length > spreads.length) throw new Error(`${text}: more values than spread fields`);
    const candidate: GeneralCandidate = {
      id: `c${i + 1}`,
      group: nullable(group),
      values: spreads.map((_, f) => nullable(values[f])),
      team: nullable(team),
    };
    if (classes.length > 0) {
      if (!list) throw new Error(`${text}: no choices, and the problem has classes`);
      candidate.choices = list.split(",").map((name) => choiceOf(classes, name.trim()));
    }
    return candidate;
  });
  const total = spec.total ?? classes.reduce((s, c) => s + c.seats, 0);
  return {
    total,
    groups: Object.entries(spec.groups ?? {}).map(([id, seats]) => ({ id, seats })),
    unfilled: spec.unfilled ?? "transfer",
    spreads,
    candidates,
    ...(classes.length > 0 ? { classes } : {}),
    ...(spec.teamRank ? { teamRank: spec.teamRank } : {}),
  };
}

export interface GeneralArbitraryOptions {
  maxCandidates?: number;
  minCandidates?: number;
  /** Spread fields: between these (inclusive). */
  minFields?: number;
  maxFields?: number;
  /** Teams: always some candidates in teams, never, or either. */
  teams?: boolean | "maybe";
  /** Classes: always, never, or either. */
  classes?: boolean | "maybe";
}

/**
 * A random problem: up to 9 candidates, 0-2 quotas, 1-3 spread fields of
 * 2-3 values each (a minimum of 0-2, a cap some of the time), both `unfilled`
 * modes, both team ranks; with classes 2-3 classes at 1-2 sites whose seats
 * add up to the total and 1-3 choices per unit; with teams, up to three
 * teams of 1-4 members (a team's members share one choice list); half the
 * time no more than two candidates beyond the seats.
 */
export function smallGeneralProblem(
  options: GeneralArbitraryOptions = {},
): fc.Arbitrary<GeneralProblem> {
  const maxCandidates = options.maxCandidates ?? 9;
  const minCandidates = options.minCandidates ?? Math.min(3, maxCandidates);
  const minFields = options.minFields ?? 1;
  const maxFields = options.maxFields ?? 3;
  const teamsWanted = options.teams ?? "maybe";
  const classesWanted = options.classes ?? "maybe";
  const flag = (wanted: boolean | "maybe") =>
    wanted === "maybe" ? fc.boolean() : fc.constant(wanted);
  return fc
    .record({
      quotas: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2, size: "max" }),
      openSeats: fc.integer({ min: 0, max: 3 }),
      unfilled: fc.constantFrom("transfer" as const, "keep-empty" as const),
      teamRank: fc.constantFrom("lowest" as const, "highest" as const),
      fields: fc.array(
        fc.array(
          fc.record({
            min: fc.integer({ min: 0, max: 2 }),
            extra: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }),
          }),
          { minLength: 2, maxLength: 3 },
        ),
        { minLength: minFields, maxLength: maxFields },
      ),
      withTeams: flag(teamsWanted),
      withClasses: flag(classesWanted),
      classCount: fc.integer({ min: 2, max: 3 }),
      siteCount: fc.integer({ min: 1, max: 2 }),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 }),
      narrow: fc.boolean(),
      scarce: fc.option(fc.nat(2), { freq: 2 }),
      people: fc.array(
        fc.record({
          g: fc.nat(20),
          outside: fc.nat(5),
          values: fc.array(fc.nat(20), { minLength: 3, maxLength: 3 }),
          noValue: fc.array(fc.nat(9), { minLength: 3, maxLength: 3 }),
          team: fc.nat(5),
          picks: fc.array(fc.nat(99), { minLength: 1, maxLength: 3 }),
        }),
        { minLength: minCandidates, maxLength: maxCandidates, size: "max" },
      ),
    })
    .map((r) => {
      const groups = r.quotas.map((seats, i) => ({ id: `q${i}`, seats }));
      const total = Math.max(1, r.quotas.reduce((s, q) => s + q, 0) + r.openSeats);
      const names = ["region", "gender", "profession"];
      const spreads: GeneralSpread[] = r.fields.map((limits, f) => {
        const values = limits.map((_, i) => `${names[f]![0]}${i}`);
        const byValue = new Map(
          limits.map((l, i) => [
            values[i]!,
            { min: l.min, max: l.extra === null ? Number.POSITIVE_INFINITY : l.min + l.extra },
          ]),
        );
        return {
          field: names[f]!,
          values,
          min: (v) => byValue.get(v)?.min ?? 0,
          max: (v) => byValue.get(v)?.max ?? Number.POSITIVE_INFINITY,
        };
      });
      let classes: ClassSeats[] = [];
      let pool: string[] = [];
      if (r.withClasses) {
        const sites = Math.min(r.siteCount, r.classCount);
        const base = total >= r.classCount ? 1 : 0;
        const rest = total - base * r.classCount;
        const points = [
          0,
          ...r.cuts
            .slice(0, r.classCount - 1)
            .map((x) => Math.round(x * rest))
            .sort((a, b) => a - b),
          rest,
        ];
        classes = Array.from({ length: r.classCount }, (_, k) => ({
          id: `k${k}`,
          site: `s${k % sites}`,
          seats: base + points[k + 1]! - points[k]!,
        }));
        pool = r.narrow
          ? classes.map((c) => c.id)
          : [...classes.map((c) => c.id), ...Array.from({ length: sites }, (_, s) => `s${s}`), "*"];
      }
      const people = r.people.slice(
        0,
        r.scarce === null ? r.people.length : Math.max(minCandidates, total + r.scarce),
      );
      const members = new Map<string, number>();
      const firstChoices = new Map<string, string[]>();
      const candidates: GeneralCandidate[] = people.map((person, i) => {
        let team: string | null = r.withTeams && person.team < 3 ? `t${person.team}` : null;
        if (team !== null) {
          const count = members.get(team) ?? 0;
          if (count >= 4) team = null;
          else members.set(team, count + 1);
        }
        const candidate: GeneralCandidate = {
          id: `c${i}`,
          group:
            groups.length === 0 || person.outside === 0
              ? null
              : groups[person.g % groups.length]!.id,
          values: spreads.map((s, f) =>
            person.noValue[f] === 0 ? null : s.values[person.values[f]! % s.values.length]!,
          ),
          team,
        };
        if (r.withClasses) {
          let names = [...new Set(person.picks.map((x) => pool[x % pool.length]!))];
          if (team !== null) {
            const first = firstChoices.get(team);
            if (first) names = first;
            else firstChoices.set(team, names);
          }
          candidate.choices = names.map((name) => choiceOf(classes, name));
        }
        return candidate;
      });
      const problem: GeneralProblem = {
        total,
        groups,
        unfilled: r.unfilled,
        spreads,
        candidates,
        teamRank: r.teamRank,
      };
      return r.withClasses ? { ...problem, classes } : problem;
    });
}

/**
 * The problem as the older oracles (brute-force.ts, brute-force-classes.ts)
 * read it: they know one spread field and no teams, so at most one field is
 * allowed and the teams are dropped.
 */
export function legacyOf(problem: GeneralProblem): AllocationProblem {
  if (problem.spreads.length > 1) throw new Error("the older oracles know one spread field");
  const { teamRank: _, ...rest } = problem;
  return { ...rest, candidates: problem.candidates.map(({ team: _t, ...c }) => c) };
}

/** A problem as plain data (the builder's strings), for failure messages. */
export function plainGeneral(problem: GeneralProblem): unknown {
  return {
    total: problem.total,
    groups: problem.groups,
    unfilled: problem.unfilled,
    teamRank: problem.teamRank ?? "lowest",
    spreads: problem.spreads.map((s) => [s.field, s.values.map((v) => [v, s.min(v), s.max(v)])]),
    classes: problem.classes?.map((c) => [c.id, c.site, c.seats]),
    candidates: problem.candidates.map((c) => {
      const cell = [c.group ?? "-", ...c.values.map((v) => v ?? "-")].join("/");
      const choices = c.choices ? `:${c.choices.map((x) => x.id).join(",")}` : "";
      return `${cell}${choices}${c.team ? `@${c.team}` : ""}`;
    }),
  };
}
