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

describe("compareOutcomes: outcomes paired by id, not by place", () => {
  const list = Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, outcome: "admitted" }));

  it("one outcome removed from the middle of the record is one difference", () => {
    const record = list.filter((_, i) => i !== 3);
    expect(compareOutcomes(record, list)).toEqual({
      recorded: 9,
      differences: [{ index: 3, recorded: undefined, now: list[3] }],
    });
  });

  it("one outcome added to the record is one difference", () => {
    const extra = { id: "x", outcome: "admitted" };
    const record = [...list.slice(0, 4), extra, ...list.slice(4)];
    expect(compareOutcomes(record, list).differences).toEqual([
      { index: 4, recorded: extra, now: undefined },
    ]);
  });

  it("two outcomes swapped are two moves, however far apart", () => {
    const record = [...list];
    [record[1], record[8]] = [record[8]!, record[1]!];
    const { differences } = compareOutcomes(record, list);
    expect(differences.map((d) => [d.index, d.movedTo])).toEqual([
      [1, 8],
      [8, 1],
    ]);
  });

  it("the same id twice (invalid rows) pairs in order; outcomes without an id pair by their JSON", () => {
    const twice = [
      { id: "", outcome: "invalid", line: 2 },
      { id: "", outcome: "invalid", line: 3 },
    ];
    expect(compareOutcomes(twice, twice).differences).toEqual([]);
    expect(compareOutcomes([twice[1]], twice).differences).toHaveLength(2);
    expect(compareOutcomes([1, 2, 3], [1, 3]).differences).toEqual([
      { index: 1, recorded: 2, now: undefined },
    ]);
  });
});
