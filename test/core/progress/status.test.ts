/**
 * Progress status logic on in-memory programs and records: each measure of
 * attendance, rules over record fields, the day the run is judged by, and
 * the properties that hold whatever the attendance (fast-check).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modulesInOrder } from "../../../src/core/program/model.js";
import { type Program, programSchema } from "../../../src/core/program/schema.js";
import {
  compileRequirements,
  countAttendance,
  standingOf,
} from "../../../src/core/progress/status.js";
import { doc } from "../program/builders.js";

const MODULES = [
  { id: "m1", title: "One", start: "2027-09-07", days: 3 },
  { id: "m2", title: "Two", start: "2027-11-02", days: 3, mandatory: true },
  { id: "m3", title: "Three", start: "2028-01-11", days: 2 },
  { id: "m4", title: "Four", start: "2028-03-07", days: 1 },
];

const program = (requirements: unknown[], extra: Record<string, unknown> = {}): Program =>
  programSchema.parse(
    doc({
      modules: MODULES,
      records: {
        fields: {
          credits: { type: "number", column: "Studiepoeng" },
          approved: { type: "boolean", column: "Godkjent" },
        },
      },
      requirements,
      ...extra,
    }),
  );

const position = new Map([
  ["credits", 0],
  ["approved", 1],
]);

const standing = (
  p: Program,
  attended: (number | null)[],
  values: (number | boolean | null)[],
  asOf: string,
) => standingOf(compileRequirements(p, position), modulesInOrder(p), attended, values, asOf);

describe("attendance measures", () => {
  const modules = modulesInOrder(program([]));

  it("counts modules attended (one day is enough), what is still possible, and what is needed", () => {
    const count = countAttendance({ modules: 3 }, modules, [1, 0, null, null], "2027-12-01");
    expect(count).toMatchObject({
      measure: "modules",
      actual: 1,
      possible: 3,
      needed: 3,
      total: 4,
    });
  });

  it("counts days, and a held module left empty as not attended", () => {
    const count = countAttendance({ days: 8 }, modules, [3, null, 2, null], "2028-02-01");
    // m2 is held and empty: 0 days; m4 is still to come: 1 day possible.
    expect(count).toMatchObject({ actual: 5, possible: 6, needed: 8, total: 9 });
  });

  it("turns a share of the days into the fewest whole days that make it", () => {
    const count = countAttendance({ percent: 80 }, modules, [3, 3, 2, 1], "2028-04-01");
    expect(count).toMatchObject({ measure: "percent", actual: 9, needed: 8, total: 9 });
  });

  it("names the mandatory modules missed", () => {
    const count = countAttendance({ mandatory: true }, modules, [3, 0, 2, 1], "2028-04-01");
    expect(count.actual).toBe(0);
    expect(count.needed).toBe(1);
    expect(count.missed?.map((m) => m.id)).toEqual(["m2"]);
  });

  it("counts only the modules named by among", () => {
    const count = countAttendance(
      { modules: 2, among: ["m3", "m4"] },
      modules,
      [3, 3, 1, null],
      "2028-04-01",
    );
    expect(count).toMatchObject({ actual: 1, possible: 1, needed: 2, total: 2 });
  });
});

describe("a participant's status", () => {
  const p = program([
    { id: "alle", text: "Alle samlingene", attendance: { modules: 4 } },
    { id: "poeng", text: "30 studiepoeng", rule: { field: "credits", gte: 30 } },
    { id: "team", text: "Teamarbeid" },
  ]);

  it("completed: every attendance and rule met; the text requirement is checked by hand", () => {
    const s = standing(p, [3, 3, 2, 1], [30, null], "2028-06-01");
    expect(s.status).toBe("completed");
    expect(s.results.map((r) => [r.id, r.kind, r.met])).toEqual([
      ["alle", "attendance", true],
      ["poeng", "rule", true],
      ["team", "by-hand", true],
    ]);
  });

  it("on track: modules still to come can make up for what is missing", () => {
    expect(standing(p, [3, 1, null, null], [null, null], "2027-12-01").status).toBe("on-track");
  });

  it("at risk: a module missed makes all four impossible while the program runs", () => {
    const s = standing(p, [3, 0, null, null], [null, null], "2027-12-01");
    expect(s.status).toBe("at-risk");
    const alle = s.results[0]!;
    expect(alle.reachable).toBe(false);
  });

  it("not completed: the program is over and a requirement is unmet, with the rule's reason", () => {
    const s = standing(p, [3, 3, 2, 1], [20, null], "2028-06-01");
    expect(s.status).toBe("not-completed");
    const poeng = s.results[1]!;
    expect(poeng.kind === "rule" && poeng.rule.reasons).toEqual(["Studiepoeng ≥ 30"]);
  });

  it("a module is held from its last day on: on that day an empty cell counts as missed", () => {
    // m4 is one day, on 2028-03-07.
    expect(standing(p, [3, 3, 2, null], [30, null], "2028-03-06").status).toBe("on-track");
    expect(standing(p, [3, 3, 2, null], [30, null], "2028-03-07").status).toBe("not-completed");
  });

  it("a program without modules: a rule unmet is not completed", () => {
    const bare = programSchema.parse(
      doc({
        records: { fields: { approved: { type: "boolean" } } },
        requirements: [{ id: "p", text: "Prosjekt", rule: { field: "approved", equals: true } }],
      }),
    );
    const checked = compileRequirements(bare, new Map([["approved", 0]]));
    expect(standingOf(checked, [], [], [false], "2027-01-01").status).toBe("not-completed");
    expect(standingOf(checked, [], [], [true], "2027-01-01").status).toBe("completed");
  });
});

describe("properties", () => {
  const cell = (days: number) => fc.option(fc.integer({ min: 0, max: days }), { nil: null });
  const attendance = fc.tuple(cell(3), cell(3), cell(2), cell(1));
  const day = fc.integer({ min: 0, max: 400 }).map((n) => {
    const d = new Date(Date.UTC(2027, 8, 1 + n));
    return d.toISOString().slice(0, 10);
  });
  const measure = fc.oneof(
    fc.integer({ min: 1, max: 4 }).map((n) => ({ modules: n })),
    fc.integer({ min: 1, max: 9 }).map((n) => ({ days: n })),
    fc.integer({ min: 1, max: 100 }).map((n) => ({ percent: n })),
    fc.constant({ mandatory: true }),
  );
  const requirements = fc
    .array(measure, { minLength: 1, maxLength: 3 })
    .map((ms) =>
      program([
        ...ms.map((attendance, i) => ({ id: `a${i}`, text: `A${i}`, attendance })),
        { id: "poeng", text: "Poeng", rule: { field: "credits", gte: 30 } },
      ]),
    );
  const credits = fc.option(fc.integer({ min: 0, max: 60 }), { nil: null });

  it("an attendance that can still reach every threshold is never at risk", () => {
    fc.assert(
      fc.property(requirements, attendance, credits, day, (p, a, c, asOf) => {
        const s = standing(p, a, [c, null], asOf);
        if (s.results.every((r) => r.reachable)) expect(s.status).not.toBe("at-risk");
      }),
    );
  });

  it("completed implies every rule and attendance met; at risk implies one out of reach", () => {
    fc.assert(
      fc.property(requirements, attendance, credits, day, (p, a, c, asOf) => {
        const s = standing(p, a, [c, null], asOf);
        if (s.status === "completed") {
          expect(s.results.every((r) => r.met)).toBe(true);
          expect(c !== null && c >= 30).toBe(true);
        }
        if (s.status === "at-risk") expect(s.results.some((r) => !r.reachable)).toBe(true);
      }),
    );
  });

  it("attending more never lowers the count, and what is possible is never below what is done", () => {
    fc.assert(
      fc.property(measure, attendance, day, (m, a, asOf) => {
        const modules = modulesInOrder(program([]));
        const before = countAttendance(m, modules, a, asOf);
        const more = a.map((x, i) => (x === null ? modules[i]!.days : x));
        const after = countAttendance(m, modules, more, asOf);
        expect(after.actual).toBeGreaterThanOrEqual(before.actual);
        expect(before.possible).toBeGreaterThanOrEqual(before.actual);
      }),
    );
  });
});
