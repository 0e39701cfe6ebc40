/**
 * Worked examples on a Topplederprogram-like program: 40 seats, quotas
 * spesialist 20 / kommune 20, region spread nord / midt / vest / sor-ost with
 * min 4 and max 14 (the numbers of programs/topplederprogrammet.yaml).
 */
import { describe, expect, it } from "vitest";
import { allocate, type Outcome } from "../../../src/core/allocation/index.js";
import { candidates, problemOf } from "./builders.js";

const REGIONS = ["nord", "midt", "vest", "sor-ost"];

const toppleder = (specs: string[], unfilled: "transfer" | "keep-empty" = "transfer") =>
  problemOf({
    total: 40,
    groups: { spesialist: 20, kommune: 20 },
    unfilled,
    spread: { values: REGIONS, min: 4, max: 14 },
    candidates: candidates(...specs),
  });

/** k applicants alternating spesialist / kommune, regions cycling through `regions`. */
const mixed = (k: number, regions: string[]): string[] =>
  Array.from(
    { length: k },
    (_, i) => `${i % 2 === 0 ? "spesialist" : "kommune"}/${regions[i % regions.length]}`,
  );

const onlySpesialist = (k: number): string[] =>
  Array.from({ length: k }, (_, i) => `spesialist/${REGIONS[i % REGIONS.length]}`);

const byId = (outcomes: Outcome[]) => new Map(outcomes.map((o) => [o.id, o]));
const admittedIds = (outcomes: Outcome[]) => outcomes.filter((o) => o.admitted).map((o) => o.id);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `c${from + i}`);

describe("allocation on the Topplederprogram", () => {
  it("takes lower-ranked applicants from nord to meet its minimum, holding the seat from a higher-ranked one", () => {
    // 50 strong applicants from midt, vest and sor-ost, then 6 from nord.
    const problem = toppleder([...mixed(50, ["midt", "vest", "sor-ost"]), ...mixed(6, ["nord"])]);
    const result = allocate(problem);
    const o = byId(result.outcomes);
    expect(admittedIds(result.outcomes)).toEqual([...range(1, 36), ...range(51, 54)]);
    expect(o.get("c37")).toMatchObject({
      admitted: false,
      code: "HELD_FOR_MIN",
      params: { value: "nord", admitted: 0, min: 4 },
      position: { overall: 1, inGroup: 1 },
    });
    expect(o.get("c38")).toMatchObject({
      code: "HELD_FOR_MIN",
      position: { overall: 2, inGroup: 1 },
    });
    expect(o.get("c55")).toMatchObject({
      code: "GROUP_FULL",
      params: { quota: "spesialist", admitted: 20, seats: 20 },
    });
    expect(result.counts.values).toEqual([
      { field: "region", value: "nord", admitted: 4 },
      { field: "region", value: "midt", admitted: 12 },
      { field: "region", value: "vest", admitted: 12 },
      { field: "region", value: "sor-ost", admitted: 12 },
    ]);
    expect(result.relaxations).toEqual([]);
  });

  it("stops a region at its cap of 14", () => {
    const problem = toppleder([...mixed(20, ["vest"]), ...mixed(60, ["nord", "midt", "sor-ost"])]);
    const result = allocate(problem);
    const o = byId(result.outcomes);
    expect(admittedIds(result.outcomes).slice(0, 14)).toEqual(range(1, 14));
    expect(o.get("c15")).toMatchObject({
      admitted: false,
      code: "SPREAD_CAP",
      params: { value: "vest", admitted: 14, max: 14 },
    });
    expect(result.counts.values.find((v) => v.value === "vest")!.admitted).toBe(14);
    expect(result.counts.total).toBe(40);
  });

  it("transfers the seats of a quota with too few applicants, labelled as transferred", () => {
    // Only 12 kommune applicants; 40 spesialist.
    const specs = [...mixed(24, REGIONS), ...onlySpesialist(28)];
    const result = allocate(toppleder(specs));
    expect(result.targets.groups).toEqual([
      { id: "spesialist", seats: 20, target: 20 },
      { id: "kommune", seats: 20, target: 12 },
    ]);
    expect(result.relaxations).toEqual([
      { kind: "quota-unfillable", subject: "kommune", wanted: 20, reachable: 12 },
    ]);
    expect(result.counts.groups).toEqual([
      { id: "spesialist", admitted: 28 },
      { id: "kommune", admitted: 12 },
    ]);
    const transferred = result.outcomes.filter((o) => o.transferred);
    expect(transferred).toHaveLength(8);
    for (const o of transferred) {
      expect(o).toMatchObject({ group: "spesialist", code: "MERIT", params: { from: "kommune" } });
    }
    // The last spesialist seats taken are the transferred ones.
    const spesialist = result.outcomes.filter((o) => o.admitted && o.group === "spesialist");
    expect(spesialist.slice(20).every((o) => o.transferred)).toBe(true);
  });

  it("keeps the seats of a quota with too few applicants empty under keep-empty", () => {
    const specs = [...mixed(24, REGIONS), ...onlySpesialist(28)];
    const result = allocate(toppleder(specs, "keep-empty"));
    expect(result.targets.total).toBe(32);
    expect(result.relaxations).toEqual([
      { kind: "quota-unfillable", subject: "kommune", wanted: 20, reachable: 12 },
      { kind: "seats-unfilled", subject: "total", wanted: 40, reachable: 32 },
    ]);
    expect(result.outcomes.some((o) => o.transferred)).toBe(false);
    const firstOut = result.outcomes.find((o) => !o.admitted && o.group === "spesialist");
    expect(firstOut).toMatchObject({
      code: "GROUP_FULL",
      params: { quota: "spesialist", admitted: 20, seats: 20 },
    });
  });

  it("reports a minimum the pool cannot reach and still fills every seat", () => {
    // Only two applicants from nord, both ranked last.
    const specs = [...mixed(60, ["midt", "vest", "sor-ost"]), ...mixed(2, ["nord"])];
    const result = allocate(toppleder(specs));
    expect(result.relaxations).toEqual([
      { kind: "min-unreachable", subject: "nord", field: "region", wanted: 4, reachable: 2 },
    ]);
    expect(result.targets.values.find((v) => v.value === "nord")).toEqual({
      field: "region",
      value: "nord",
      min: 4,
      max: 14,
      target: 2,
    });
    const o = byId(result.outcomes);
    expect(o.get("c61")!.admitted).toBe(true);
    expect(o.get("c62")!.admitted).toBe(true);
    expect(result.counts.total).toBe(40);
  });
});

describe("small worked cases", () => {
  it("holds a seat for another quota when taking it would leave that quota unfillable", () => {
    // A's best applicant shares the capped value with B's only applicant.
    const problem = problemOf({
      total: 2,
      groups: { A: 1, B: 1 },
      spread: { values: ["v", "w"], max: 1 },
      candidates: candidates("A/v", "A/w", "B/v"),
    });
    const result = allocate(problem);
    expect(result.outcomes.map((o) => o.admitted)).toEqual([false, true, true]);
    expect(result.outcomes[0]).toMatchObject({
      code: "HELD_FOR_QUOTA",
      params: { quota: "B", admitted: 0, target: 1 },
    });
  });

  it("admits plain rank order when nothing binds", () => {
    const result = allocate(problemOf({ total: 2, candidates: candidates("-", "-", "-") }));
    expect(result.outcomes.map((o) => [o.admitted, o.code])).toEqual([
      [true, "MERIT"],
      [true, "MERIT"],
      [false, "SEATS_FULL"],
    ]);
    expect(result.outcomes[0]!.params).toEqual({ quota: null, transferred: false, from: null });
  });

  it("lets applicants outside every quota compete only for the open seats", () => {
    const problem = problemOf({
      total: 3,
      groups: { A: 2 },
      candidates: candidates("-", "-", "A", "A", "A"),
    });
    const result = allocate(problem);
    expect(result.outcomes.map((o) => o.admitted)).toEqual([true, false, true, true, false]);
    expect(result.outcomes[1]).toMatchObject({
      code: "GROUP_FULL",
      params: { quota: null, admitted: 1, seats: 1 },
    });
  });

  it("handles an empty pool", () => {
    const result = allocate(problemOf({ total: 3, groups: { A: 2 }, candidates: [] }));
    expect(result.outcomes).toEqual([]);
    expect(result.targets.total).toBe(0);
    expect(result.relaxations.map((r) => r.kind)).toEqual(["quota-unfillable", "seats-unfilled"]);
  });
});

describe("fixes found by an exact oracle run", () => {
  const sorOnly = (
    max?: number,
    groups?: Record<string, number>,
    specs = ["-/sor", "-/sor", "-/sor"],
  ) =>
    problemOf({
      total: 2,
      ...(groups ? { groups } : {}),
      spread: { values: ["nord", "sor"], ...(max === undefined ? {} : { max }) },
      candidates: candidates(...specs),
    });

  it("gives SEATS_FULL, not SPREAD_CAP, when no cap is configured", () => {
    const result = allocate(sorOnly());
    expect(result.outcomes[2]).toMatchObject({
      code: "SEATS_FULL",
      params: { admitted: 2, total: 2, held: false },
    });
  });

  it("gives SEATS_FULL, not SPREAD_CAP, when the cap is above the seats", () => {
    expect(allocate(sorOnly(5)).outcomes[2]).toMatchObject({ code: "SEATS_FULL" });
  });

  it("gives GROUP_FULL, not SPREAD_CAP, when no cap is configured and the open seats are full", () => {
    const result = allocate(sorOnly(undefined, { A: 1 }, ["-/sor", "A/sor", "-/sor"]));
    expect(result.outcomes.map((o) => o.admitted)).toEqual([true, true, false]);
    expect(result.outcomes[2]).toMatchObject({
      code: "GROUP_FULL",
      params: { quota: null, admitted: 1, seats: 1 },
    });
  });

  it("still names a cap configured at the seats", () => {
    expect(allocate(sorOnly(2)).outcomes[2]).toMatchObject({
      code: "SPREAD_CAP",
      params: { value: "sor", admitted: 2, max: 2 },
    });
  });

  it("names the quota, not a minimum already met, when a quota and filling the seats decided", () => {
    // keep-empty: one open seat. c2 would take it and nord's only capped
    // seat, and kommune's one applicant is from nord.
    const problem = problemOf({
      total: 6,
      groups: { spesialist: 3, kommune: 2 },
      unfilled: "keep-empty",
      spread: {
        values: ["nord", "midt", "vest", "sor"],
        overrides: {
          nord: { min: 1, max: 1 },
          midt: { max: 0 },
          vest: { min: 2 },
          sor: { min: 1 },
        },
      },
      candidates: candidates(
        "spesialist/sor",
        "-/nord",
        "-/sor",
        "kommune/nord",
        "spesialist/nord",
      ),
    });
    const result = allocate(problem);
    expect(result.outcomes.map((o) => o.admitted)).toEqual([true, false, true, true, false]);
    expect(result.outcomes[1]).toMatchObject({
      code: "HELD_FOR_QUOTA",
      params: { quota: "kommune", admitted: 0, target: 1 },
    });
  });

  it("tells a minimum the pool cannot reach from one other minimums took the room", () => {
    const problem = problemOf({
      total: 1,
      spread: { values: ["nord", "sor"], min: 1 },
      candidates: candidates("-/sor", "-/nord"),
    });
    const result = allocate(problem);
    expect(result.relaxations).toEqual([
      {
        kind: "min-unreachable",
        subject: "nord",
        field: "region",
        wanted: 1,
        reachable: 0,
        limitedBy: "other-targets",
      },
    ]);
    const short = allocate(
      problemOf({
        total: 2,
        spread: { values: ["nord", "sor"], min: 1 },
        candidates: candidates("-/sor", "-/sor"),
      }),
    );
    expect(short.relaxations).toEqual([
      { kind: "min-unreachable", subject: "nord", field: "region", wanted: 1, reachable: 0 },
    ]);
  });

  it("lets merit, not declaration order, choose when the minimums cannot all be met", () => {
    const specs = ["-/sor", "-/nord"];
    for (const values of [
      ["nord", "sor"],
      ["sor", "nord"],
    ]) {
      const problem = problemOf({
        total: 1,
        spread: { values, min: 1 },
        candidates: candidates(...specs),
      });
      expect(admittedIds(allocate(problem).outcomes)).toEqual(["c1"]);
    }
  });

  it("lets merit, not the alphabet, choose between free-text values", () => {
    // Undeclared values arrive sorted; vest's two best applicants come first.
    const problem = problemOf({
      total: 2,
      spread: { values: ["midt", "ost", "vest"], min: 1 },
      candidates: candidates("-/vest", "-/vest", "-/midt", "-/ost"),
    });
    const result = allocate(problem);
    expect(admittedIds(result.outcomes)).toEqual(["c1", "c3"]);
    expect(result.outcomes[1]).toMatchObject({ code: "HELD_FOR_MIN", params: { value: "midt" } });
  });

  it("does not share a quota shortfall at an equal level when that passes over a better-ranked applicant for nothing", () => {
    // The cap of 2 leaves room for 2 quota seats in all: A 2 + B 0 fills as
    // many as A 1 + B 1, so the better-ranked A applicant keeps their seat.
    const problem = problemOf({
      total: 4,
      groups: { A: 3, B: 1 },
      spread: { values: ["x"], max: 2 },
      candidates: candidates("A/x", "A/x", "B/x"),
    });
    const result = allocate(problem);
    expect(admittedIds(result.outcomes)).toEqual(["c1", "c2"]);
    expect(result.outcomes[2]).toMatchObject({ code: "SPREAD_CAP" });
    expect(result.relaxations).toContainEqual({
      kind: "quota-unfillable",
      subject: "B",
      wanted: 1,
      reachable: 0,
      limitedBy: "other-targets",
    });
  });
});
