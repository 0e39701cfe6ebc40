/**
 * The decision of a program with several spread fields: reasons and warnings
 * name the field beside the value, the summary lists every field; with one
 * field, words and summary are those of before (no field named, no
 * `spreads`), so outputs and audit records of such programs keep their bytes.
 */
import { describe, expect, it } from "vitest";
import type { AllocationResult } from "../../../src/core/allocation/index.js";
import { decide } from "../../../src/core/decision/report.js";
import { LOCALES, type Locale } from "../../../src/core/language/index.js";
import type { ProgramInput } from "../../../src/core/program/schema.js";
import { program } from "../builders.js";

const spreadOf = {
  region: { field: "region", min: 1, max: 1 },
  kjonn: { field: "kjonn", min: 1 },
};

const programOf = (fields: (keyof typeof spreadOf)[], locale: Locale = "nb") =>
  program({
    locale,
    applicants: {
      id: "id",
      fields: {
        region: { type: "enum", values: ["nord", "sor"], column: "Region" },
        kjonn: { type: "enum", values: ["kvinne", "mann"], column: "Kjønn" },
      },
    },
    seats: { total: 2, spread: fields.map((f) => spreadOf[f]) },
  } as Partial<ProgramInput>);

/** c1 (nord, mann) admitted; c2 (nord) waits on the region cap; c3 (mann) waits for a woman. */
const result = (fields: (keyof typeof spreadOf)[]): AllocationResult => {
  const values = [
    { field: "region", value: "nord", admitted: 1 },
    { field: "region", value: "sor", admitted: 0 },
    { field: "kjonn", value: "kvinne", admitted: 0 },
    { field: "kjonn", value: "mann", admitted: 1 },
  ].filter((v) => fields.includes(v.field as keyof typeof spreadOf));
  const targets = [
    { field: "region", value: "nord", min: 1, max: 1, target: 1 },
    { field: "region", value: "sor", min: 1, max: 1, target: 0 },
    { field: "kjonn", value: "kvinne", min: 1, max: 2, target: 0 },
    { field: "kjonn", value: "mann", min: 1, max: 2, target: 1 },
  ].filter((v) => fields.includes(v.field as keyof typeof spreadOf));
  return {
    outcomes: [
      {
        id: "c1",
        admitted: true,
        group: null,
        transferred: false,
        code: "MERIT",
        params: { quota: null, transferred: false, from: null },
      },
      {
        id: "c2",
        admitted: false,
        group: null,
        transferred: false,
        position: { overall: 1, inGroup: 1 },
        code: "SPREAD_CAP",
        params: { field: "region", value: "nord", admitted: 1, max: 1 },
      },
      {
        id: "c3",
        admitted: false,
        group: null,
        transferred: false,
        position: { overall: 2, inGroup: 2 },
        code: "HELD_FOR_MIN",
        params: { field: "kjonn", value: "kvinne", admitted: 0, min: 1, values: ["kvinne"] },
      },
    ],
    targets: { seats: 2, total: 1, groups: [], values: targets },
    relaxations: [
      { kind: "min-unreachable", subject: "sor", field: "region", wanted: 1, reachable: 0 },
    ],
    counts: { total: 1, groups: [{ id: null, admitted: 1 }], values },
  };
};

const reasonOf = (decision: ReturnType<typeof decide>, id: string) =>
  [...decision.rows].find((r) => r.id === id)!.reason;

describe("a decision with two spread fields", () => {
  const decision = decide(programOf(["region", "kjonn"]), "s", result(["region", "kjonn"]), []);

  it("names each value with its field's label in the reasons", () => {
    expect(reasonOf(decision, "c2")).toBe("taket for nord (Region) er nådd, 1/1");
    expect(reasonOf(decision, "c3")).toBe(
      "plassen holdes av til minstetallet for kvinne (Kjønn), 0/1",
    );
  });

  it("names the field in the warnings, and gives it in the data", () => {
    expect(decision.summary.relaxations).toEqual([
      {
        kind: "min-unreachable",
        subject: "sor",
        field: "region",
        wanted: 1,
        reachable: 0,
        message: "minstetallet for sor (Region) er 1, men de kvalifiserte søkerne kan bare fylle 0",
      },
    ]);
  });

  it("lists every field in the summary, and keeps `spread` as the first", () => {
    expect(decision.summary.spreads).toEqual([
      {
        field: "region",
        label: "Region",
        values: [
          { value: "nord", min: 1, max: 1, target: 1, admitted: 1 },
          { value: "sor", min: 1, max: 1, target: 0, admitted: 0 },
        ],
      },
      {
        field: "kjonn",
        label: "Kjønn",
        values: [
          { value: "kvinne", min: 1, max: 2, target: 0, admitted: 0 },
          { value: "mann", min: 1, max: 2, target: 1, admitted: 1 },
        ],
      },
    ]);
    expect(decision.summary.spread).toEqual({
      field: "region",
      values: decision.summary.spreads![0]!.values,
    });
  });

  it.each(LOCALES)("names the field's label in %s", (locale) => {
    const words = decide(
      programOf(["region", "kjonn"], locale),
      "s",
      result(["region", "kjonn"]),
      [],
    );
    expect(reasonOf(words, "c2")).toContain("nord (Region)");
    expect(reasonOf(words, "c3")).toContain("kvinne (Kjønn)");
    expect(words.summary.relaxations[0]!.message).toContain("sor (Region)");
  });
});

describe("a decision with one spread field", () => {
  it("words the value alone and has no `spreads`, as before", () => {
    const decision = decide(programOf(["region"]), "s", result(["region"]), []);
    expect(reasonOf(decision, "c2")).toBe("taket for nord er nådd, 1/1");
    expect(decision.summary.relaxations).toEqual([
      {
        kind: "min-unreachable",
        subject: "sor",
        wanted: 1,
        reachable: 0,
        message: "minstetallet for sor er 1, men de kvalifiserte søkerne kan bare fylle 0",
      },
    ]);
    expect("spreads" in decision.summary).toBe(false);
    expect(decision.summary.spread?.values.map((v) => v.value)).toEqual(["nord", "sor"]);
    expect(decision.spreadLabel).toBe("Region");
  });
});

describe("decide: what a held seat is held for besides, for the letters", () => {
  const held = (params: Record<string, unknown>, code = "HELD_FOR_MIN") => {
    const r = result(["kjonn"]);
    const o = r.outcomes[2]!;
    Object.assign(o, { code, params: { ...o.params, ...params } });
    return [...decide(programOf(["kjonn"]), "s", r, []).rows].find((x) => x.id === "c3")!;
  };

  it("a minimum alone holds nothing besides: no heldWith, nor in the JSON", () => {
    const row = held({});
    expect(row.heldWith).toBeUndefined();
  });

  it("a minimum together with a quota, and with T", () => {
    expect(held({ quotas: ["kommune"] }).heldWith).toEqual({ quotas: ["kommune"], total: null });
    expect(held({ total: 2 }).heldWith).toEqual({ quotas: [], total: 2 });
  });

  it("a quota's held seat: the other quotas and T, never the quota itself", () => {
    const quota = (params: Record<string, unknown>) =>
      held({ quota: "kommune", admitted: 0, target: 1, ...params }, "HELD_FOR_QUOTA").heldWith;
    expect(quota({ quotas: ["kommune"] })).toBeUndefined();
    expect(quota({ quotas: ["kommune", "spesialist"], total: 2 })).toEqual({
      quotas: ["spesialist"],
      total: 2,
    });
  });
});
