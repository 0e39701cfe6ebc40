import { beforeAll, describe, expect, it } from "vitest";
import {
  type AllocationProblem,
  allocate,
  type Choice,
  type MipSolver,
  TooManyChoiceTypes,
} from "../../../src/core/allocation/index.js";
import { loadSolver } from "../../../src/io/solver/highs.js";

let solver: MipSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const cls = (id: string, index: number): Choice => ({ id, kind: "class", classes: [index] });

describe("allocation with classes", () => {
  it("places in the best choice still possible and says why the better one was not", () => {
    // Tromsø has 2 seats, Bergen 2; four applicants want Tromsø first.
    const tromso = cls("tromso", 0);
    const bergen = cls("bergen", 1);
    const problem: AllocationProblem = {
      total: 4,
      groups: [],
      unfilled: "transfer",
      spreads: [],
      classes: [
        { id: "tromso", site: "Tromsø", seats: 2 },
        { id: "bergen", site: "Bergen", seats: 2 },
      ],
      candidates: [
        ["a", [tromso, bergen]],
        ["b", [tromso, bergen]],
        ["c", [tromso]],
        ["d", [tromso, bergen]],
        ["e", [bergen]],
        ["f", [tromso, bergen]],
      ].map(([id, choices]) => ({
        id: id as string,
        group: null,
        values: [null],
        choices: choices as Choice[],
      })),
    };
    const result = allocate(problem, { solver });
    const got = result.outcomes.map((o) => [o.id, o.admitted, o.class, o.choice, o.code]);
    expect(got).toEqual([
      ["a", true, "tromso", 1, "MERIT"],
      ["b", true, "tromso", 1, "MERIT"],
      ["c", false, undefined, undefined, "CLASS_FULL"],
      ["d", true, "bergen", 2, "MERIT"],
      ["e", true, "bergen", 1, "MERIT"],
      ["f", false, undefined, undefined, "SEATS_FULL"],
    ]);
    expect(result.outcomes[2]!.choiceReasons).toEqual([
      {
        choice: 1,
        id: "tromso",
        reason: {
          code: "CLASS_FULL",
          params: { choice: "tromso", classes: ["tromso"], admitted: 2, seats: 2 },
        },
      },
    ]);
    expect(result.outcomes[3]!.choiceReasons?.map((r) => r.reason.code)).toEqual(["CLASS_FULL"]);
    expect(result.outcomes[3]!.positions).toEqual([{ choice: 1, id: "tromso", position: 2 }]);
    expect(result.outcomes[5]!.choiceReasons?.map((r) => r.reason.code)).toEqual([
      "SEATS_FULL",
      "SEATS_FULL",
    ]);
    expect(result.outcomes[5]!.positions).toEqual([
      { choice: 1, id: "tromso", position: 3 },
      { choice: 2, id: "bergen", position: 1 },
    ]);
    expect(result.counts.classes).toEqual([
      { id: "tromso", site: "Tromsø", seats: 2, admitted: 2 },
      { id: "bergen", site: "Bergen", seats: 2, admitted: 2 },
    ]);
  });

  it("refuses, before any solving, a problem with more kinds of applicants than the integer program takes", () => {
    const classes = Array.from({ length: 100 }, (_, i) => ({
      id: `k${i}`,
      site: `s${i}`,
      seats: 1,
    }));
    const candidates = [];
    for (let a = 0; a < 100; a++)
      for (let b = a + 1; b < 100; b++)
        candidates.push({
          id: `c${a}-${b}`,
          group: null,
          values: [null],
          choices: [cls(`k${a}`, a), cls(`k${b}`, b)],
        });
    const problem: AllocationProblem = {
      total: 100,
      groups: [],
      unfilled: "transfer",
      spreads: [],
      classes,
      candidates,
    };
    expect(() => allocate(problem, { solver })).toThrow(TooManyChoiceTypes);
  });
});
