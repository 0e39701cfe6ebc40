/**
 * The words of the reasons and warnings the oracle run found wrong, read
 * through the decision a coordinator sees.
 */
import { describe, expect, it } from "vitest";
import { allocate } from "../../../src/core/allocation/index.js";
import { decide } from "../../../src/core/decision/report.js";
import { program } from "../builders.js";
import { candidates, problemOf } from "./builders.js";

const withSpread = (total: number, min: number, quotas?: { id: string; seats: number }[]) =>
  program({
    applicants: {
      id: "id",
      fields: { region: { type: "enum", values: ["nord", "sor"] }, sector: { type: "string" } },
    },
    seats: {
      total,
      spread: [{ field: "region", min }],
      ...(quotas
        ? { quotas: quotas.map((q) => ({ ...q, when: { field: "sector", equals: q.id } })) }
        : {}),
    },
  });

describe("warnings about targets that fall short", () => {
  it("says the pool is short only when it is", () => {
    const problem = problemOf({
      total: 2,
      spread: { values: ["nord", "sor"], min: 1 },
      candidates: candidates("-/sor", "-/sor"),
    });
    const decision = decide(withSpread(2, 1), "seed", allocate(problem), []);
    expect(decision.summary.relaxations.map((r) => r.message)).toEqual([
      "the minimum for nord is 1, but the eligible pool can fill only 0",
    ]);
  });

  it("says the other minimums took the room when eligible applicants exist", () => {
    const problem = problemOf({
      total: 1,
      spread: { values: ["nord", "sor"], min: 1 },
      candidates: candidates("-/sor", "-/nord"),
    });
    const decision = decide(withSpread(1, 1), "seed", allocate(problem), []);
    expect(decision.summary.relaxations).toEqual([
      {
        kind: "min-unreachable",
        subject: "nord",
        wanted: 1,
        reachable: 0,
        message:
          "the minimum for nord is 1, but only 0 can be met together with the other minimums",
      },
    ]);
  });

  it("says the minimums and other quotas took a quota's room when its group has applicants", () => {
    const problem = problemOf({
      total: 4,
      groups: { a: 3, b: 1 },
      spread: { values: ["x"], max: 2 },
      candidates: candidates("a/x", "a/x", "b/x"),
    });
    const decision = decide(
      withSpread(4, 0, [
        { id: "a", seats: 3 },
        { id: "b", seats: 1 },
      ]),
      "seed",
      allocate(problem),
      [],
    );
    expect(decision.summary.relaxations.map((r) => r.message)).toContain(
      "quota b has 1 seat, but only 0 can be filled together with the minimums and the other quotas",
    );
  });
});

describe("reasons", () => {
  it("words a full house without a cap as all seats filled", () => {
    const problem = problemOf({
      total: 2,
      spread: { values: ["nord", "sor"] },
      candidates: candidates("-/sor", "-/sor", "-/sor"),
    });
    const decision = decide(withSpread(2, 0), "seed", allocate(problem), []);
    expect([...decision.rows][2]).toMatchObject({
      code: "SEATS_FULL",
      reason: "all seats filled, 2/2",
    });
  });
});
