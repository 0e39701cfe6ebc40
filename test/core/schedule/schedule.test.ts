import { describe, expect, it } from "vitest";
import { buildSchedule } from "../../../src/core/schedule/schedule.js";
import { module, program } from "./program.js";

describe("buildSchedule", () => {
  it("orders modules by date, numbers them and adds up the totals", () => {
    const p = program({
      application: { deadline: "2027-04-12" },
      modules: [module("b", "2027-11-02", 3), module("a", "2027-09-07", 2)],
      components: [{ id: "mentor", title: "Mentor group", kind: "mentor-group" }],
    });
    const [s] = buildSchedule([{ file: "demo.yaml", program: p }]).programs;
    expect(s!.modules.map((m) => [m.number, m.id, m.start, m.end])).toEqual([
      [1, "a", "2027-09-07", "2027-09-08"],
      [2, "b", "2027-11-02", "2027-11-04"],
    ]);
    expect(s!.totals).toMatchObject({
      gatherings: 2,
      days: 5,
      first: "2027-09-07",
      last: "2027-11-04",
    });
    expect(s!.deadline).toBe("2027-04-12");
    expect(s!.components.map((c) => c.id)).toEqual(["mentor"]);
    expect(s!.warnings).toEqual([]);
  });

  it("keeps the modules that touch the period and counts the others as omitted", () => {
    const p = program({
      modules: [
        module("sep", "2027-09-29", 3),
        module("oct", "2027-10-12", 1),
        module("nov", "2027-11-01", 1),
      ],
    });
    const schedule = buildSchedule([{ program: p }], { from: "2027-10-01", to: "2027-10-31" });
    const [s] = schedule.programs;
    expect(s!.modules.map((m) => [m.id, m.number])).toEqual([
      ["sep", 1],
      ["oct", 2],
    ]);
    expect(s!.omitted).toBe(1);
    expect(s!.totals.gatherings).toBe(2);
    expect(schedule.period).toEqual({ from: "2027-10-01", to: "2027-10-31" });
  });

  it("warns about weekend days and public holidays of the program's country", () => {
    const p = program({
      modules: [
        module("weekend", "2027-03-05", 3), // Friday to Sunday
        module("may", "2028-05-16", 2), // 17 May, Grunnlovsdag
      ],
    });
    const warnings = buildSchedule([{ program: p }]).programs[0]!.warnings;
    expect(warnings.map((w) => [w.code, w.module, w.dates])).toEqual([
      ["module-weekend", "weekend", ["2027-03-06", "2027-03-07"]],
      ["module-holiday", "may", ["2028-05-17"]],
    ]);
    expect(warnings[1]!.message).toContain("Grunnlovsdag");
  });

  it("names a holiday on a weekend as a holiday only", () => {
    // 2027-12-25 is a Saturday and Første juledag.
    const p = program({ modules: [module("xmas", "2027-12-25", 1)] });
    const warnings = buildSchedule([{ program: p }]).programs[0]!.warnings;
    expect(warnings.map((w) => w.code)).toEqual(["module-holiday"]);
  });

  it("uses the holidays of the program's own country", () => {
    // 2027-06-25 is Midsommarafton in Sweden, an ordinary Friday in Norway.
    const modules = [module("midsummer", "2027-06-25", 1)];
    const se = buildSchedule([{ program: program({ country: "SE", modules }) }]);
    const no = buildSchedule([{ program: program({ country: "NO", modules }) }]);
    expect(se.programs[0]!.warnings.map((w) => w.code)).toEqual(["module-holiday"]);
    expect(no.programs[0]!.warnings).toEqual([]);
  });

  it("warns about modules of one program that share days", () => {
    const p = program({ modules: [module("a", "2027-09-07", 3), module("b", "2027-09-09", 2)] });
    const [w] = buildSchedule([{ program: p }]).programs[0]!.warnings;
    expect(w).toMatchObject({
      code: "module-overlap",
      module: "b",
      dates: ["2027-09-09"],
      other: { program: "demo", module: "a" },
    });
  });

  it("warns both programs about modules that share days across programs", () => {
    const a = program({ id: "a", name: "A", modules: [module("x", "2027-10-12", 3)] });
    const b = program({ id: "b", name: "B", modules: [module("y", "2027-10-14", 2)] });
    const c = program({ id: "c", name: "C", modules: [module("z", "2027-10-15", 1)] });
    const [sa, sb, sc] = buildSchedule([{ program: a }, { program: b }, { program: c }]).programs;
    expect(sa!.warnings).toEqual([
      expect.objectContaining({
        code: "program-overlap",
        module: "x",
        dates: ["2027-10-14"],
        other: { program: "b", module: "y" },
      }),
    ]);
    expect(sb!.warnings.map((w) => [w.module, w.other, w.dates])).toEqual([
      ["y", { program: "a", module: "x" }, ["2027-10-14"]],
      ["y", { program: "c", module: "z" }, ["2027-10-15"]],
    ]);
    expect(sc!.warnings.map((w) => w.other?.program)).toEqual(["b"]);
  });

  it("does not warn about modules of different programs on neighbouring days", () => {
    const a = program({ id: "a", modules: [module("x", "2027-10-12", 2)] });
    const b = program({ id: "b", modules: [module("y", "2027-10-14", 2)] });
    const schedule = buildSchedule([{ program: a }, { program: b }]);
    expect(schedule.programs.flatMap((p) => p.warnings)).toEqual([]);
  });

  it("handles a program without modules", () => {
    const [s] = buildSchedule([{ program: program() }]).programs;
    expect(s!.modules).toEqual([]);
    expect(s!.totals).toMatchObject({ gatherings: 0, days: 0, first: undefined, last: undefined });
  });
});
