/**
 * The roster reader on in-memory headers and rows: the columns roster writes
 * are found again, classes decide the modules, and every cell that does not
 * read is a problem at its row and column; two rows of one participant and
 * a column of no module are told, nothing is guessed.
 */
import { describe, expect, it } from "vitest";
import { languageOf } from "../../../src/core/language/index.js";
import { intakeById } from "../../../src/core/program/intakes.js";
import { recordFieldsOf } from "../../../src/core/program/model.js";
import { type Program, programSchema } from "../../../src/core/program/schema.js";
import { moduleColumns } from "../../../src/core/progress/columns.js";
import { groupsOf } from "../../../src/core/progress/groups.js";
import { readParticipant, rosterLayout } from "../../../src/core/progress/read.js";
import { progressReport } from "../../../src/core/progress/report.js";
import { compileRequirements } from "../../../src/core/progress/status.js";
import { doc } from "../program/builders.js";

const words = languageOf("nb").progress;

const program: Program = programSchema.parse(
  doc({
    applicants: { id: "ID", fields: {} },
    records: { fields: { credits: { type: "number", column: "Studiepoeng" } } },
    requirements: [{ id: "alle", text: "Alle", attendance: { modules: 2 } }],
    intakes: [
      {
        id: "2027",
        modules: [
          { id: "a", title: "Oppstart", start: "2027-09-07", days: 2 },
          { id: "b", title: "Avslutning", start: "2027-11-02" },
        ],
        classes: [
          { id: "oslo", label: "Oslo", site: "Oslo", seats: 1 },
          {
            id: "bergen",
            label: "Bergen",
            site: "Bergen",
            seats: 1,
            modules: [
              { id: "a", title: "Oppstart", start: "2027-09-14", days: 2 },
              { id: "b", title: "Avslutning", start: "2027-11-02" },
            ],
          },
        ],
      },
    ],
    seats: { total: 2 },
  }),
);
const chosen = intakeById(program, "2027")!;
const spec = {
  idColumn: "ID",
  classes: groupsOf(chosen.view, chosen.intake.classes),
  whole: groupsOf(chosen.view, undefined)[0]!,
  fields: recordFieldsOf(program),
  words,
};
const columns = moduleColumns(spec.classes, words).map((c) => c.header);

describe("the roster's columns", () => {
  it("one column per distinct module date over the classes, in calendar order", () => {
    expect(columns).toEqual([
      "2027-09-07 Oppstart (dager, av 2)",
      "2027-09-14 Oppstart (dager, av 2)",
      "2027-11-02 Avslutning (ja/nei)",
    ]);
  });

  it("names the missing columns", () => {
    const result = rosterLayout(spec, ["ID", "Klasse", columns[0]!], 1);
    expect(result).toEqual({ ok: false, missing: [columns[1], columns[2], "Studiepoeng"] });
  });
});

describe("reading rows", () => {
  const header = ["ID", "Navn", "Klasse", ...columns, "Studiepoeng", "2027-12-01 Ekstra"];
  const result = rosterLayout(spec, header, 1);
  if (!result.ok) throw new Error("layout");
  const { layout } = result;

  it("a column that reads like a module but is none is a problem at the header", () => {
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 1, column: 8, header: "2027-12-01 Ekstra" }),
    ]);
  });

  it("reads days, yes/no and numbers, each in its class's modules", () => {
    const r = readParticipant(layout, ["P1", "Kari", "bergen", "", "2", "ja", "30", ""], 2);
    expect(r).toMatchObject({ id: "P1", group: 1, attended: [2, 1], values: [30], problems: [] });
  });

  it("locates every cell that does not read, and a cell of another class's module", () => {
    const r = readParticipant(layout, ["P2", "Ola", "oslo", "3", "1", "kanskje", "mye", ""], 3);
    expect(r.problems.map((p) => [p.line, p.column, p.value, p.code, p.params])).toEqual([
      [3, 4, "3", "days", { days: 2 }],
      [3, 5, "1", "module-not-in-class", {}],
      [3, 6, "kanskje", "one-day", {}],
      [3, 7, "mye", "field", { type: "number" }],
    ]);
  });

  it("an unknown class is a problem, with the classes named", () => {
    const r = readParticipant(layout, ["P3", "", "trondheim", "", "", "", "", ""], 4);
    expect(r.group).toBe(-1);
    expect(r.problems[0]).toMatchObject({ column: 3, value: "trondheim" });
    expect(r.problems[0]).toMatchObject({
      code: "class-unknown",
      params: { classes: ["oslo", "bergen"] },
    });
  });

  it("two rows of one participant make both unreadable, naming the rows", () => {
    const records = [
      readParticipant(layout, ["P1", "", "oslo", "2", "", "ja", "", ""], 2),
      readParticipant(layout, ["P1", "", "oslo", "1", "", "ja", "", ""], 5),
    ];
    const report = progressReport({
      program: chosen.view,
      intake: "2027",
      layout,
      checked: compileRequirements(chosen.view, layout.position),
      records,
      headerProblems: [],
      asOf: "2027-12-01",
    });
    expect(report.participants.map((p) => p.status)).toEqual(["invalid", "invalid"]);
    expect(report.participants[1]!.problems[0]).toMatchObject({
      kind: "duplicate",
      code: "duplicate",
      params: { rows: [2, 5] },
    });
    expect(report.modules.map((m) => [m.start, m.participants, m.attended])).toEqual([
      ["2027-09-07", 2, 2],
      ["2027-09-14", 0, 0],
      ["2027-11-02", 2, 2],
    ]);
  });

  it("a roster without a class column is read as one group of the intake's modules", () => {
    const whole = rosterLayout(spec, ["ID", "2027-09-07 Oppstart", "b", "Studiepoeng"], 1);
    expect(whole.ok && whole.layout.groups.length).toBe(1);
  });
});
