import { describe, expect, it } from "vitest";
import { compareOutcomes, decidedSummary } from "../../../src/core/decision/compare.js";
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

describe("compareOutcomes: the decision is compared, the words apart", () => {
  const held = {
    id: "h",
    outcome: "waitlisted",
    quota: "kommune",
    rank: 41,
    position: { overall: 1, inGroup: 1 },
    code: "HELD_FOR_MIN",
    reason: "plassen holdes av til minstetallet for nord, 0/2",
    transferred: false,
  };
  const sv = { ...held, reason: "platsen hålls för minimiantalet för nord, 0/2" };

  it("an outcome in other words is no difference, but counted as worded differently", () => {
    expect(compareOutcomes([a, held], [a, sv])).toEqual({
      recorded: 2,
      differences: [],
      worded: { count: 1, first: [{ index: 1, id: "h", recorded: held.reason, now: sv.reason }] },
    });
  });

  it("another code, outcome, rank or quota in the same words is a difference", () => {
    for (const edit of [
      { code: "HELD_FOR_QUOTA" },
      { outcome: "admitted" },
      { rank: 40 },
      { quota: "spesialist" },
      { position: { overall: 2, inGroup: 1 } },
    ]) {
      const now = { ...sv, ...edit };
      const compared = compareOutcomes([held], [now]);
      expect(compared.differences).toEqual([{ index: 0, recorded: held, now }]);
      expect(compared.worded).toBeUndefined();
    }
  });

  it("a reason that is not words (not a string) is compared", () => {
    expect(compareOutcomes([{ ...held, reason: 0 }], [held]).differences).toHaveLength(1);
    expect(compareOutcomes([{ ...held, reason: null }], [held]).differences).toHaveLength(1);
  });

  it("a choice's reason in other words is worded differently; its code is compared", () => {
    const choices = (reason: string, code = "CLASS_FULL") => ({
      ...held,
      choiceReasons: [{ choice: 1, id: "oslo", code, reason }],
    });
    const compared = compareOutcomes([choices("klassen er full")], [choices("klassen är full")]);
    expect(compared.differences).toEqual([]);
    expect(compared.worded?.first[0]).toMatchObject({
      recorded: "klassen er full",
      now: "klassen är full",
    });
    expect(compareOutcomes([choices("x")], [choices("x", "GROUP_FULL")]).differences).toHaveLength(
      1,
    );
  });

  it("counts every outcome worded differently, keeps the first five", () => {
    const list = Array.from({ length: 12 }, (_, i) => ({ ...held, id: `s${i}` }));
    const now = list.map((o) => ({ ...o, reason: "other words" }));
    const { worded } = compareOutcomes(list, now);
    expect(worded?.count).toBe(12);
    expect(worded?.first.map((w) => w.id)).toEqual(["s0", "s1", "s2", "s3", "s4"]);
  });
});

describe("decidedSummary", () => {
  it("leaves out a relaxation's message and the open seats' label, nothing else", () => {
    const summary = {
      admitted: 40,
      quotas: [
        { id: "kommune", label: "Kommunehelsetjenesten", admitted: 20 },
        { id: null, label: "åpne plasser", admitted: 20 },
      ],
      relaxations: [{ kind: "min-unreachable", subject: "nord", message: "minstetallet …" }],
    };
    expect(decidedSummary(summary)).toEqual({
      admitted: 40,
      quotas: [
        { id: "kommune", label: "Kommunehelsetjenesten", admitted: 20 },
        { id: null, admitted: 20 },
      ],
      relaxations: [{ kind: "min-unreachable", subject: "nord" }],
    });
  });
});
