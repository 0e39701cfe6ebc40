import { describe, expect, it } from "vitest";
import { compareOutcomes } from "../../../src/core/decision/compare.js";
import { verified } from "../../../src/core/decision/verification.js";

const a = { id: "a", outcome: "admitted" };
const b = { id: "b", outcome: "waitlisted" };

describe("compareOutcomes", () => {
  it("finds no difference when every outcome is the same", () => {
    expect(compareOutcomes([a, b], [{ ...a }, { ...b }])).toEqual({
      recorded: 2,
      differences: [],
    });
  });

  it("names each outcome that differs, by place, with both versions", () => {
    const changed = { id: "b", outcome: "admitted" };
    expect(compareOutcomes([a, b], [a, changed])).toEqual({
      recorded: 2,
      differences: [{ index: 1, recorded: b, now: changed }],
    });
  });

  it("counts outcomes missing on either side", () => {
    expect(compareOutcomes([a], [a, b]).differences).toEqual([
      { index: 1, recorded: undefined, now: b },
    ]);
    expect(compareOutcomes([a, b], [a])).toEqual({
      recorded: 2,
      differences: [{ index: 1, recorded: b, now: undefined }],
    });
  });

  it("compares as JSON: the same keys in another order are another outcome", () => {
    const reordered = { outcome: "admitted", id: "a" };
    expect(compareOutcomes([a], [reordered]).differences).toHaveLength(1);
  });

  it("verifies only a comparison without differences", () => {
    const tool = { recorded: "cohort 1", current: "cohort 1" };
    const compared = (differences: ReturnType<typeof compareOutcomes>["differences"]) =>
      verified({
        kind: "compared",
        tool,
        program: "p",
        seed: "s",
        comparison: { recorded: 1, differences },
      });
    expect(compared([])).toBe(true);
    expect(compared([{ index: 0, recorded: a, now: b }])).toBe(false);
    expect(
      verified({
        kind: "changed",
        tool,
        changed: [{ role: "program", path: "p.yaml", recorded: "aa", actual: "bb" }],
      }),
    ).toBe(false);
  });
});
