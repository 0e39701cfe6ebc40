/**
 * In-memory builders for allocation problems, and a fast-check arbitrary of
 * small random instances.
 */
import fc from "fast-check";
import type { AllocationProblem, Candidate } from "../../../src/core/allocation/index.js";

export interface SpreadSpec {
  values: string[];
  min?: number;
  max?: number;
  overrides?: Record<string, { min?: number; max?: number }>;
}

export interface ProblemSpec {
  total: number;
  groups?: Record<string, number>;
  unfilled?: "transfer" | "keep-empty";
  spread?: SpreadSpec | null;
  candidates: Candidate[];
}

export function problemOf(spec: ProblemSpec): AllocationProblem {
  const spread = spec.spread;
  return {
    total: spec.total,
    groups: Object.entries(spec.groups ?? {}).map(([id, seats]) => ({ id, seats })),
    unfilled: spec.unfilled ?? "transfer",
    spreads: spread
      ? [
          {
            field: "region",
            values: spread.values,
            min: (v) => spread.overrides?.[v]?.min ?? spread.min ?? 0,
            max: (v) => spread.overrides?.[v]?.max ?? spread.max ?? Number.POSITIVE_INFINITY,
          },
        ]
      : [],
    candidates: spec.candidates,
  };
}

/** Candidates from "group/value" strings ("-" for null), ids c1, c2, ... in rank order. */
export function candidates(...specs: string[]): Candidate[] {
  return specs.map((s, i) => {
    const [group, value] = s.split("/");
    return {
      id: `c${i + 1}`,
      group: !group || group === "-" ? null : group,
      values: [!value || value === "-" ? null : value],
    };
  });
}

/**
 * A random problem: up to `maxCandidates`, 0-3 quotas, 0-4 spread values;
 * seat numbers (quotas, open seats, minimums, caps) up to `scale` times 2-4.
 */
export function smallProblem(maxCandidates = 14, scale = 1): fc.Arbitrary<AllocationProblem> {
  return fc
    .record({
      quotas: fc.array(fc.integer({ min: 0, max: 3 * scale }), { maxLength: 3, size: "max" }),
      openSeats: fc.integer({ min: 0, max: 3 * scale }),
      unfilled: fc.constantFrom("transfer" as const, "keep-empty" as const),
      spread: fc.option(
        fc.array(
          fc.record({
            min: fc.integer({ min: 0, max: 2 * scale }),
            extra: fc.option(fc.integer({ min: 0, max: 4 * scale }), { freq: 3 }),
          }),
          { minLength: 1, maxLength: 4, size: "max" },
        ),
        { freq: 4 },
      ),
      people: fc.array(
        fc.record({ g: fc.nat(20), v: fc.nat(20), outside: fc.nat(9), noValue: fc.nat(19) }),
        { minLength: Math.min(3, maxCandidates), maxLength: maxCandidates, size: "max" },
      ),
    })
    .map(({ quotas, openSeats, unfilled, spread, people }) => {
      const groups = quotas.map((seats, i) => ({ id: `q${i}`, seats }));
      const total = Math.max(1, quotas.reduce((s, q) => s + q, 0) + openSeats);
      const values = (spread ?? []).map((_, i) => `v${i}`);
      const limits = new Map(
        (spread ?? []).map((l, i) => [
          `v${i}`,
          { min: l.min, max: l.extra === null ? Number.POSITIVE_INFINITY : l.min + l.extra },
        ]),
      );
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
        candidates: people.map((p, i) => ({
          id: `c${i}`,
          group: groups.length === 0 || p.outside === 0 ? null : groups[p.g % groups.length]!.id,
          values: [values.length === 0 || p.noValue === 0 ? null : values[p.v % values.length]!],
        })),
      };
    });
}

/**
 * Runs of a property test: `n`, times COHORT_ALLOCATION_SCALE when set (for
 * a long run against the brute force: COHORT_ALLOCATION_SCALE=20).
 */
export const runs = (n: number): number => {
  const scale = Number(process.env.COHORT_ALLOCATION_SCALE ?? "1");
  return Number.isFinite(scale) && scale > 0 ? Math.max(1, Math.round(n * scale)) : n;
};

/** A problem as plain data, for failure messages. */
export function plain(problem: AllocationProblem): unknown {
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
    candidates: problem.candidates.map((c) => `${c.group ?? "-"}/${c.values[0] ?? "-"}`),
  };
}
