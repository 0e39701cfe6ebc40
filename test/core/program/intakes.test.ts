/**
 * Intakes in the pure core: the view of one intake, which intake the day
 * chooses (open, else next, else last), and the checks of intakes and classes.
 */
import { describe, expect, it } from "vitest";
import {
  classView,
  intakeById,
  intakeForDay,
  intakesInOrder,
  intakeView,
} from "../../../src/core/program/intakes.js";
import type { Program } from "../../../src/core/program/schema.js";
import { programSchema } from "../../../src/core/program/schema.js";
import { validateProgram } from "../../../src/core/program/validate.js";
import { codes, type Doc, doc, findings, module } from "./builders.js";

const intake = (
  id: string,
  opens: string | undefined,
  deadline: string | undefined,
  more: Doc = {},
) => ({
  id,
  ...(opens || deadline
    ? { application: { ...(opens ? { opens } : {}), ...(deadline ? { deadline } : {}) } }
    : {}),
  ...more,
});

const parse = (data: Doc): Program => programSchema.parse(data);

const TWO = doc({
  seats: { total: 20 },
  application: { how: "Søk i portalen" },
  intakes: [
    intake("2028", "2028-01-10", "2028-04-12", {
      modules: [module("m1", "2028-09-05", 3)],
    }),
    intake("2027", "2027-01-11", "2027-04-12", {
      seats: 24,
      modules: [module("m1", "2027-09-07", 3)],
    }),
  ],
});

describe("intakeForDay", () => {
  const program = parse(TWO);
  const on = (today: string) => {
    const chosen = intakeForDay(program, today);
    return chosen && `${chosen.intake.id} ${chosen.why}`;
  };

  it("takes the intake whose window is open, first and last day included", () => {
    expect(on("2027-01-11")).toBe("2027 open");
    expect(on("2027-04-12")).toBe("2027 open");
    expect(on("2028-02-01")).toBe("2028 open");
  });

  it("else the next one to open, whatever the order in the file", () => {
    expect(on("2026-12-01")).toBe("2027 next");
    expect(on("2027-04-13")).toBe("2028 next");
  });

  it("else the last one", () => {
    expect(on("2028-04-13")).toBe("2028 last");
    expect(on("2040-01-01")).toBe("2028 last");
  });

  it("is undefined without intakes", () => {
    expect(intakeForDay(parse(doc()), "2027-01-01")).toBeUndefined();
  });

  it("orders undated intakes after dated ones, by first module when there is no window", () => {
    const p = parse(
      doc({
        intakes: [
          intake("undated", undefined, undefined),
          intake("late", undefined, undefined, { modules: [module("a", "2029-09-04", 1)] }),
          intake("early", "2027-01-11", "2027-04-12"),
        ],
      }),
    );
    expect(intakesInOrder(p).map((c) => c.intake.id)).toEqual(["early", "late", "undated"]);
    expect(intakeForDay(p, "2028-01-01")?.intake.id).toBe("late");
    expect(intakeForDay(p, "2030-01-01")?.intake.id).toBe("undated");
  });

  it("a window with a deadline only is open up to the deadline", () => {
    const p = parse(doc({ intakes: [intake("a", undefined, "2027-04-12")] }));
    expect(intakeForDay(p, "2020-01-01")?.why).toBe("open");
    expect(intakeForDay(p, "2027-04-13")?.why).toBe("last");
  });
});

describe("intakeView", () => {
  const program = parse(TWO);

  it("puts the intake's window, seats and modules into the top level and leaves the rest", () => {
    const view = intakeById(program, "2027")!.view;
    expect(view.application).toEqual({
      how: "Søk i portalen",
      opens: "2027-01-11",
      deadline: "2027-04-12",
    });
    expect(view.seats?.total).toBe(24);
    expect(view.modules?.map((m) => m.start)).toEqual(["2027-09-07"]);
    expect(view.intakes).toBeUndefined();
    expect(intakeView(program, program.intakes![0]!).seats?.total).toBe(20);
  });

  it("moves illustrative marks of the intake and its classes into the view", () => {
    const p = parse(
      doc({
        illustrative: ["intakes.1.modules", "intakes.0.application.opens", "intakes.1.classes.0"],
        intakes: [
          intake("a", "2027-01-11", "2027-04-12"),
          intake("b", "2028-01-10", "2028-04-12", {
            modules: [module("m", "2028-09-05", 1)],
            classes: [
              {
                id: "x",
                label: "X",
                site: "Oslo",
                seats: 1,
                modules: [module("m", "2028-09-12", 1)],
              },
            ],
          }),
        ],
      }),
    );
    expect(intakeById(p, "a")!.view.illustrative).toEqual(["application.opens"]);
    const b = intakeById(p, "b")!;
    expect(b.view.illustrative).toEqual(["modules", "classes.0"]);
    const x = classView(b.view, b.intake.classes![0]!, 0);
    expect(x.modules?.[0]?.start).toBe("2028-09-12");
    expect(x.illustrative).toEqual(["modules"]);
  });
});

const cls = (id: string, seats: number, more: Doc = {}) => ({
  id,
  label: id.toUpperCase(),
  site: "Bergen",
  seats,
  ...more,
});

describe("validate: intakes and classes", () => {
  it("a two-intake, four-class program with parallel dates has no findings", () => {
    const data = doc({
      seats: { total: 40 },
      intakes: [
        intake("2027", "2027-01-11", "2027-04-12", {
          modules: [module("m1", "2027-09-07", 3)],
          classes: [cls("a", 20), cls("b", 20, { modules: [module("m1", "2027-09-07", 3)] })],
        }),
        intake("2028", "2028-01-10", "2028-04-12", {
          seats: 40,
          modules: [module("m1", "2028-09-05", 3)],
          classes: [cls("a", 10), cls("b", 10), cls("c", 10), cls("d", 10)],
        }),
      ],
    });
    expect(findings(data)).toEqual([]);
  });

  it("class seats must add up to the intake's seats, or to seats.total", () => {
    const data = doc({
      seats: { total: 40 },
      intakes: [
        intake("2027", undefined, undefined, { classes: [cls("a", 20), cls("b", 12)] }),
        intake("2028", undefined, undefined, { seats: 30, classes: [cls("a", 20), cls("b", 20)] }),
      ],
    });
    expect(findings(data)).toEqual([
      {
        code: "class-seats-sum",
        severity: "error",
        path: ["intakes", 0, "classes"],
        message:
          "intake 2027: the classes' seats add up to 32 (a 20 + b 12), but the intake has 40 (seats.total); make them equal",
      },
      {
        code: "class-seats-sum",
        severity: "error",
        path: ["intakes", 1, "classes"],
        message:
          "intake 2028: the classes' seats add up to 40 (a 20 + b 20), but the intake has 30 (its seats); make them equal",
      },
    ]);
  });

  it("intake ids are unique in the file, class ids within an intake", () => {
    const data = doc({
      intakes: [
        intake("2027", undefined, undefined, { classes: [cls("a", 1), cls("a", 1)] }),
        intake("2027", undefined, undefined, { classes: [cls("a", 1)] }),
      ],
    });
    expect(findings(data)).toEqual([
      {
        code: "intake-duplicate-id",
        severity: "error",
        path: ["intakes", 1, "id"],
        message: 'intake id "2027" is already used by intake 1',
      },
      {
        code: "class-duplicate-id",
        severity: "error",
        path: ["intakes", 0, "classes", 1, "id"],
        message: 'intake 2027: class id "a" is already used by class 1',
      },
    ]);
  });

  it("an overlap within one class is an error that names the intake and class", () => {
    const data = doc({
      intakes: [
        intake("2027", undefined, undefined, {
          modules: [module("m1", "2027-09-07", 2)],
          classes: [
            cls("a", 1),
            cls("b", 1, {
              modules: [module("m1", "2027-09-07", 3), module("m2", "2027-09-08", 1)],
            }),
          ],
        }),
      ],
    });
    expect(findings(data)).toEqual([
      {
        code: "module-overlap",
        severity: "error",
        path: ["intakes", 0, "classes", 1, "modules", 1, "start"],
        message:
          'intake 2027, class b: module "m2" (2027-09-08 to 2027-09-08) overlaps module "m1" (2027-09-07 to 2027-09-09)',
      },
    ]);
  });

  it("checks each intake's own dates at their place, and says a shared finding once", () => {
    const data = doc({
      format: { gatherings: 2 },
      intakes: [
        intake("2027", "2027-05-01", "2027-04-12", { modules: [module("m1", "2027-04-01", 1)] }),
        intake("2028", "2028-01-10", "2028-04-12", { modules: [module("m1", "2028-09-05", 1)] }),
      ],
    });
    const result = findings(data);
    expect(result.map((f) => `${f.code} ${f.path?.join(".")}`)).toEqual([
      "deadline-before-opening intakes.0.application.deadline",
      "module-before-deadline intakes.0.modules.0.start",
      "format-mismatch format.gatherings",
    ]);
    expect(result[0]!.message).toMatch(/^intake 2027: /);
    expect(result[2]!.message).toBe("format declares 2 gatherings, but the program has 1 module");
  });

  it("a top-level finding only some intakes have names them", () => {
    const data = doc({
      format: { gatherings: 1 },
      intakes: [
        intake("2027", undefined, undefined, { modules: [module("m1", "2027-09-07", 1)] }),
        intake("2028", undefined, undefined, {
          modules: [module("m1", "2028-09-05", 1), module("m2", "2028-10-03", 1)],
        }),
      ],
    });
    expect(findings(data)).toEqual([
      {
        code: "format-mismatch",
        severity: "error",
        path: ["format", "gatherings"],
        message: "intake 2028: format declares 1 gatherings, but the program has 2 modules",
      },
    ]);
  });

  it("illustrative marks inside intakes must name keys the file has", () => {
    const data = doc({
      illustrative: ["intakes.0.modules", "intakes.3"],
      intakes: [intake("2027", undefined, undefined, { modules: [module("m1", "2027-09-07", 1)] })],
    });
    expect(codes(data)).toEqual(["illustrative-unknown-key"]);
  });

  it("at most 100 intakes and 100 classes an intake; a framework has no intakes", () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => intake(`i${i}`, undefined, undefined));
    expect(codes(doc({ intakes: many(100) }))).toEqual([]);
    expect(findings(doc({ intakes: many(101) }))).toMatchObject([
      { code: "schema-value", path: ["intakes"] },
    ]);
    const classes = (n: number) => Array.from({ length: n }, (_, i) => cls(`c${i}`, 0));
    expect(
      codes(doc({ intakes: [intake("a", undefined, undefined, { classes: classes(100) })] })),
    ).toEqual([]);
    expect(
      codes(doc({ intakes: [intake("a", undefined, undefined, { classes: classes(101) })] })),
    ).toEqual(["schema-value"]);
    expect(
      codes(
        doc({
          kind: "framework",
          competencies: { title: "K", areas: [{ id: "a", title: "A", items: ["x"] }] },
          intakes: [intake("a", undefined, undefined)],
        }),
      ),
    ).toEqual(["framework-shape"]);
  });

  it("a program without intakes validates exactly as before", () => {
    const data = doc({ modules: [module("a", "2027-09-07", 2), module("b", "2027-09-08", 1)] });
    expect(validateProgram(data).findings.map((f) => f.message)).toEqual([
      'module "b" (2027-09-08 to 2027-09-08) overlaps module "a" (2027-09-07 to 2027-09-08)',
    ]);
  });
});
