/**
 * Timing of allocate() on a million synthetic applicants. The full run is
 * slow to build, so it runs only with ALLOCATION_PERF=1; the default run uses
 * 200,000 applicants with a loose bound, as a guard against quadratic slips.
 */
import { describe, expect, it } from "vitest";
import { allocate, type Candidate } from "../../../src/core/allocation/index.js";
import { problemOf } from "./builders.js";

const REGIONS = ["nord", "midt", "vest", "sor-ost"];

/** Deterministic pseudo-random applicants; nord is rare, as in the real pool. */
function pool(n: number): Candidate[] {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: n }, (_, i) => {
    const r = next();
    return {
      id: `a${i}`,
      group: next() < 0.3 ? "kommune" : "spesialist",
      value: r < 0.03 ? "nord" : r < 0.3 ? "midt" : r < 0.55 ? "vest" : "sor-ost",
    };
  });
}

function problem(n: number, seats: number) {
  const half = seats / 2;
  return problemOf({
    total: seats,
    groups: { spesialist: half, kommune: half },
    spread:
      seats === 40
        ? { values: REGIONS, min: 4, max: 14 }
        : { values: REGIONS, min: seats / 10, max: (seats * 35) / 100 },
    candidates: pool(n),
  });
}

const time = (f: () => unknown): number => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

describe("allocate performance", () => {
  it.each([40, 100_000])(
    "allocates 200,000 applicants to %i seats in well under the bound",
    (seats) => {
      const p = problem(200_000, seats);
      allocate(p);
      expect(time(() => allocate(p))).toBeLessThan(2000);
    },
  );

  it.runIf(process.env.ALLOCATION_PERF === "1").each([40, 100_000])(
    "allocates 1,000,000 applicants to %i seats",
    (seats) => {
      const p = problem(1_000_000, seats);
      allocate(p);
      const runs = [0, 1, 2].map(() => time(() => allocate(p)));
      const result = allocate(p);
      console.log(
        `1M applicants, ${seats} seats: ${runs.map((t) => t.toFixed(0)).join(" / ")} ms;`,
        result.counts,
        result.relaxations,
      );
    },
    300_000,
  );
});
