/**
 * Programs with intakes and parallel classes on the built binary: the choice
 * of intake by --intake and --today, schedule per class (ics read back by
 * ical.js, with distinct UIDs per class and intake), html with every class,
 * list with each intake, check on an intake, allocate and verify on an
 * intake without classes, and allocate's refusal of classes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar/date.js";
import { intakeById } from "../../src/core/program/intakes.js";
import { modulesInOrder } from "../../src/core/program/model.js";
import { readProgramSource } from "../../src/io/program-source.js";
import { ROOT, runCli } from "./run-cli.js";

const FILE = "programs/ks-toppleder-kull.yaml";
const ID = "ks-toppleder-kull";
const program = readProgramSource(FILE, readFileSync(join(ROOT, FILE), "utf8")).program!;

const parseIcs = (text: string) =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((component) => new ICAL.Event(component));

/** The dates a class meets on, from the file: its own modules or its intake's. */
const classModules = (intake: string, cls: string) => {
  const chosen = intakeById(program, intake)!;
  const c = chosen.intake.classes!.find((x) => x.id === cls)!;
  return modulesInOrder({ ...chosen.view, modules: c.modules ?? chosen.view.modules });
};

const TMP = mkdtempSync(join(tmpdir(), "cohort-intakes-"));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe("the shipped program with intakes", () => {
  it("validates without findings", () => {
    const result = runCli(["validate", "--format", "json", FILE]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
  });
});

describe("cohort schedule with intakes and classes", () => {
  it("--class with --format ics gives that class's own dates, read back by ical.js", () => {
    for (const [intake, cls] of [
      ["2029", "bergen-b"],
      ["2029", "oslo-a"],
      ["2028", "bergen"],
    ] as const) {
      const result = runCli([
        "schedule",
        ID,
        "--intake",
        intake,
        "--class",
        cls,
        "--format",
        "ics",
      ]);
      expect(result.code, result.stderr).toBe(0);
      const events = parseIcs(result.stdout);
      const modules = classModules(intake, cls);
      expect(events.map((e) => e.uid)).toEqual(
        modules.map((m) => `${m.id}.${cls}.${intake}.${ID}@cohort`),
      );
      for (const [i, e] of events.entries()) {
        expect(e.startDate.toString()).toBe(modules[i]!.start);
        expect(e.endDate.toString()).toBe(addDays(modules[i]!.end, 1));
        expect(e.location).toBe(modules[i]!.location);
        expect(e.description).toContain(intake === "2029" ? "Kull 2029" : "Kull 2028");
        expect(e.component.getFirstPropertyValue("status")).toBe("TENTATIVE");
      }
    }
  });

  it("without --class the calendar holds every class, no UID twice, the same bytes on every run", () => {
    const args = ["schedule", ID, "--intake", "2029", "--format", "ics"];
    const result = runCli(args);
    expect(result.code).toBe(0);
    const uids = parseIcs(result.stdout).map((e) => e.uid);
    expect(uids).toHaveLength(4 * 6);
    expect(new Set(uids).size).toBe(uids.length);
    // Oslo A and Oslo B meet on the same days, as do Bergen A and B: no overlap warnings.
    expect(runCli(["schedule", ID, "--intake", "2029", "--format", "json"]).stdout).not.toContain(
      "overlap",
    );
    expect(runCli(args).stdout).toBe(result.stdout);
    // The two intakes' calendars share no event.
    const other = parseIcs(runCli(["schedule", ID, "--intake", "2028", "--format", "ics"]).stdout);
    expect(other.filter((e) => uids.includes(e.uid))).toEqual([]);
  });

  it("chooses the intake by --today: open, else next, else last", () => {
    const intakeOn = (today: string) => {
      const out = JSON.parse(runCli(["schedule", ID, "--today", today, "--format", "json"]).stdout);
      return [...new Set(out.programs.map((p: { intake: { id: string } }) => p.intake.id))];
    };
    expect(intakeOn("2028-02-01")).toEqual(["2028"]);
    expect(intakeOn("2028-04-13")).toEqual(["2029"]);
    expect(intakeOn("2031-01-01")).toEqual(["2029"]);
    expect(intakeOn("2020-01-01")).toEqual(["2028"]);
  });

  it("json has one entry per class with its intake, class and dates", () => {
    const out = JSON.parse(runCli(["schedule", ID, "--intake", "2028", "--format", "json"]).stdout);
    expect(out.version).toBe(1);
    expect(
      out.programs.map((p: { class: { id: string; site: string; seats: number } }) => p.class),
    ).toEqual([
      { id: "oslo", label: "Oslo-klassen", site: "Oslo", seats: 20 },
      { id: "bergen", label: "Bergen-klassen", site: "Bergen", seats: 20 },
    ]);
    expect(out.programs[1].modules[1].start).toBe(classModules("2028", "bergen")[1]!.start);
    expect(out.programs[0].deadline).toBe("2028-04-12");
  });

  it("the html page shows every class in one article", () => {
    const html = runCli(["schedule", ID, "--intake", "2029", "--format", "html"]).stdout;
    expect(html.match(/<article /g)).toHaveLength(1);
    for (const cls of ["oslo-a", "oslo-b", "bergen-a", "bergen-b"])
      expect(html).toContain(`<section class="class" id="program-${ID}-${cls}">`);
    expect(html).toContain(
      "<h1>Nasjonalt topplederprogram for kommune- og spesialisthelsetjenesten · Kull 2029</h1>",
    );
  });

  it("an unknown intake or class, or --intake on a program without intakes, is a usage error", () => {
    const unknown = runCli(["schedule", ID, "--intake", "2030"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has no intake "2030" (it has "2028", "2029")');
    const cls = runCli(["schedule", ID, "--intake", "2029", "--class", "bergen"]);
    expect(cls.code).toBe(2);
    expect(cls.stderr).toContain(
      'intake 2029 of programs/ks-toppleder-kull.yaml has no class "bergen"',
    );
    expect(cls.stderr).toContain('did you mean "bergen-a"?');
    const none = runCli(["schedule", "topplederprogrammet", "--intake", "2028"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("has no intakes");
    const many = runCli(["schedule", "programs/", "--intake", "2028"]);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain("--intake goes with one program");
  });
});

describe("cohort list with intakes", () => {
  it("shows each intake with its status and the one chosen", () => {
    const out = JSON.parse(
      runCli(["list", FILE, "--today", "2028-05-01", "--format", "json"]).stdout,
    );
    const [p] = out.programs;
    expect(p.intake).toBe("2029");
    expect(p.status).toBe("upcoming");
    expect(p.deadline).toBe("2029-04-12");
    expect(p.intakes.map((i: { id: string; status: string }) => `${i.id} ${i.status}`)).toEqual([
      "2028 closed",
      "2029 upcoming",
    ]);
    expect(p.intakes[1].classes.map((c: { seats: number }) => c.seats)).toEqual([10, 10, 10, 10]);
    const table = runCli(["list", FILE, "--today", "2028-05-01"]).stdout;
    // The table in the program's language (nb).
    expect(table).toMatch(/^ {2}2028 +Kull 2028 .* søknadsfristen er ute$/m);
    expect(table).toMatch(/^ {2}2029 \* +Kull 2029 .* kommende$/m);
  });

  it("a program without intakes has no intake keys", () => {
    const out = JSON.parse(
      runCli(["list", "programs/topplederprogrammet.yaml", "--format", "json"]).stdout,
    );
    expect(Object.keys(out.programs[0])).not.toContain("intakes");
  });
});

describe("check and allocate on an intake", () => {
  const LIST = "fixtures/check/ks-toppleder-kull.csv";

  it("check works on an intake with classes as a whole", () => {
    const result = runCli(["check", ID, LIST, "--intake", "2029", "--format", "json"]);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(
      out.applicants.map((a: { id: string; verdict: string }) => `${a.id} ${a.verdict}`),
    ).toEqual([
      "T-01 eligible",
      "T-02 eligible",
      "T-03 ineligible",
      "T-04 eligible",
      "T-05 invalid",
    ]);
  });

  it("allocate places the applicants of the intake --today chooses in its classes", () => {
    const result = runCli(["allocate", ID, LIST, "--today", "2028-02-01", "--format", "json"]);
    expect(result.stderr).not.toContain("internal error");
    const json = JSON.parse(result.stdout) as {
      intake: string;
      applicants: { outcome: string; class?: string }[];
      summary: { classes: { id: string }[] };
    };
    expect(json.intake).toBe("2028");
    expect(json.summary.classes.map((c) => c.id)).toEqual(["oslo", "bergen"]);
    const admitted = json.applicants.filter((a) => a.outcome === "admitted");
    expect(admitted.length).toBeGreaterThan(0);
    for (const a of admitted) expect(["oslo", "bergen"]).toContain(a.class);
  });

  it("allocate takes an intake without classes with its seats; verify re-runs that intake", () => {
    const text = readFileSync(join(ROOT, FILE), "utf8");
    const source = readProgramSource(FILE, text).program!;
    const yaml = [
      "id: to-intakes",
      "name: Two intakes",
      "owner: Test",
      "locale: nb",
      'country: "NO"',
      "applicants:",
      "  id: Søker-ID",
      "  fields:",
      ...Object.entries(source.applicants!.fields).map(
        ([k, f]) =>
          `    ${k}: { type: ${f.type}, column: "${f.column}"${f.values ? `, values: [${f.values.join(", ")}]` : ""} }`,
      ),
      "eligibility: { field: role_level, equals: strategisk }",
      "seats: { total: 2, ranking: [{ field: score, order: desc }] }",
      "intakes:",
      '  - { id: "2028", application: { opens: 2028-01-10, deadline: 2028-04-12 } }',
      '  - { id: "2029", seats: 1, application: { opens: 2029-01-08, deadline: 2029-04-12 } }',
      "",
    ].join("\n");
    writeFileSync(join(TMP, "p.yaml"), yaml);
    writeFileSync(join(TMP, "l.csv"), readFileSync(join(ROOT, LIST)));
    const admitted = (intake: string) => {
      const result = runCli(
        [
          "allocate",
          "p.yaml",
          "l.csv",
          "--intake",
          intake,
          "--format",
          "json",
          "--audit",
          `a${intake}.json`,
        ],
        { cwd: TMP },
      );
      expect(result.code, result.stderr).toBe(1);
      return JSON.parse(result.stdout)
        .applicants.filter((a: { outcome: string }) => a.outcome === "admitted")
        .map((a: { id: string }) => a.id);
    };
    expect(admitted("2028")).toEqual(["T-02", "T-01"]);
    expect(admitted("2029")).toEqual(["T-02"]);
    const audit = JSON.parse(readFileSync(join(TMP, "a2029.json"), "utf8"));
    expect(audit.intake).toBe("2029");
    const verified = runCli(["verify", "a2029.json"], { cwd: TMP });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  });
});
