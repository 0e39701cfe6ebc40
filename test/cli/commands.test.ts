/**
 * Every command called in this process through a CommandContext with
 * in-memory streams: exit code, stdout and stderr, as a user would see them.
 */
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./run.js";

const LITEN = "fixtures/allocate/liten.yaml";
const HELD = "fixtures/allocate/held-for-min.csv";
const MIDSOMMAR = "fixtures/schedule/midsommar.yaml";

// In the program's language (Swedish), dates the local way; the codes stay English.
const MIDSOMMAR_WARNINGS = [
  "varning: fixtures/schedule/midsommar.yaml:16:12: träffen ”start” infaller på lördag 6 mars 2027 (module-weekend)",
  "varning: fixtures/schedule/midsommar.yaml:16:12: träffen ”start” infaller på söndag 7 mars 2027 (module-weekend)",
  "varning: fixtures/schedule/midsommar.yaml:24:12: träffen ”sommar” infaller på Midsommarafton (25 juni 2027), en helgdag eller helgdagsafton i Sverige (module-holiday)",
]
  .map((line) => `${line}\n`)
  .join("");

const folders: string[] = [];
const scratch = (): string => {
  const folder = mkdtempSync(join(tmpdir(), "cohort-cli-"));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** liten.yaml with a module on a weekend: a valid program that has warnings. */
const litenWithWarnings = (folder: string): string => {
  const text = `${readFileSync(join(ROOT, LITEN), "utf8")}modules:\n  - { id: one, title: One, start: 2027-09-10, days: 3 }\n`;
  writeFileSync(join(folder, "liten.yaml"), text);
  copyFileSync(join(ROOT, HELD), join(folder, "list.csv"));
  return "liten.yaml";
};
const LITEN_WARNINGS =
  'warning: liten.yaml:25:35: module "one" falls on Saturday, 11 September 2027 (module-weekend)\n' +
  'warning: liten.yaml:25:35: module "one" falls on Sunday, 12 September 2027 (module-weekend)\n';

describe("validate", () => {
  it("the shipped programs/ folder by default: valid, exit 0, nothing on stderr", async () => {
    const files = readdirSync(join(ROOT, "programs")).filter((f) => /\.ya?ml$/.test(f));
    const result = await run(["validate"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(`✔ ${files.length} files valid\n`);
  });

  it("warnings pass, unless --strict or --max-warnings says otherwise", async () => {
    const file = "fixtures/validate/module-weekend.yaml";
    const result = await run(["validate", file, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual([
      "module-weekend",
      "module-weekend",
    ]);
    expect((await run(["validate", file, "--strict"])).code).toBe(1);
    expect((await run(["validate", file, "--max-warnings", "1"])).code).toBe(1);
    expect((await run(["validate", file, "--max-warnings", "2"])).code).toBe(0);
  });

  it("reads stdin under the name given", async () => {
    const text = readFileSync(join(ROOT, "fixtures/validate/module-weekend.yaml"));
    const result = await run(
      ["validate", "-", "--stdin-filename", "mine.yaml", "--format", "github"],
      { stdin: text },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("file=mine.yaml,line=9,col=35");
  });

  it("two files with one program id: a finding on the second, exit 1", async () => {
    const result = await run(["validate", "fixtures/validate/program-duplicate-id", "-f", "json"]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        file: "fixtures/validate/program-duplicate-id/b.yaml",
        code: "program-duplicate-id",
        message: 'program id "same" is also used by fixtures/validate/program-duplicate-id/a.yaml',
      }),
    ]);
  });

  it("a path that does not exist could not run: exit 2", async () => {
    const result = await run(["validate", "no/such.yaml"]);
    expect(result.code).toBe(2);
    expect(result.error?.message).toBe("no such file: no/such.yaml");
    expect(result.stdout).toBe("");
  });

  it("validate and the loaders refuse an oversized program with the same cap and words", async () => {
    const huge = Buffer.alloc(16 * 1024 * 1024 + 1, "#");
    const message =
      "<stdin> is more than the 16 MiB a file of this kind may have; is it the right file?";
    for (const argv of [
      ["validate", "-"],
      ["schedule", "-"],
      ["list", "-"],
    ]) {
      const result = await run(argv, { stdin: huge });
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.error?.message, argv.join(" ")).toBe(message);
    }
  });
});

describe("check", () => {
  const LIST = "fixtures/check/topplederprogrammet.csv";

  it("json on stdout, the summary on stderr, exit 1 for invalid rows", async () => {
    const result = await run(["check", "topplederprogrammet", LIST, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "topplederprogrammet: 16 søkere: 4 kvalifiserte, 4 ikke kvalifiserte, 8 ugyldige\n",
    );
    const data = JSON.parse(result.stdout);
    expect(data.program).toBe("topplederprogrammet");
    expect(data.applicants).toHaveLength(16);
    expect(data.applicants[0]).toEqual({
      id: "T-001",
      line: 2,
      verdict: "eligible",
      reasons: [],
      problems: [],
    });
  });

  it("-q leaves only data", async () => {
    const result = await run(["-q", "check", "topplederprogrammet", LIST, "--format", "csv"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")[0]).toMatch(/^id,/);
  });

  it("an unknown program id names where ids are looked up (exit 2)", async () => {
    const result = await run(["check", "no-such-program", LIST]);
    expect(result.code).toBe(2);
    expect(result.error?.message).toMatch(
      /^no such file or program id: no-such-program \(program ids are looked up in programs\/\)/,
    );
  });

  it("shows the program's warnings on stderr, before the summary", async () => {
    const cwd = scratch();
    const program = litenWithWarnings(cwd);
    const result = await run(["check", program, "list.csv", "--format", "json"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `${LITEN_WARNINGS}liten: 6 applicants: 6 eligible, 0 ineligible, 0 invalid\n`,
    );
  });
});

describe("check with ranked choices", () => {
  const program = (choices: string) =>
    [
      "id: valg",
      "name: Valg",
      "owner: Test",
      "locale: en",
      'country: "NO"',
      "applicants:",
      "  id: id",
      "  fields:",
      "    score: { type: number }",
      ...(choices ? [choices] : []),
      "seats: { total: 4 }",
      "intakes:",
      '  - id: "2028"',
      "    classes:",
      "      - { id: oslo, label: Oslo-klassen, site: Oslo, seats: 2 }",
      "      - { id: bergen, label: Bergen-klassen, site: Bergen, seats: 2 }",
      '  - id: "2029"',
      "",
    ].join("\n");

  it("reads one choice per column, best first, empty columns after the last choice allowed", async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, "p.yaml"), program('  choices: { columns: ["1. valg", "2. valg"] }'));
    writeFileSync(
      join(cwd, "l.csv"),
      "id,score,1. valg,2. valg\na,1,Bergen-klassen,oslo\nb,2,bergen,\nc,3,,Oslo\nd,4,oslo,Oslo\n",
    );
    const result = await run(["check", "p.yaml", "l.csv", "--intake", "2028", "--format", "json"], {
      cwd,
    });
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.applicants.map((a: { choices?: string[] }) => a.choices ?? a)).toEqual([
      ["bergen", "Oslo"],
      ["Bergen"],
      {
        id: "c",
        line: 4,
        verdict: "invalid",
        reasons: [],
        problems: [
          {
            column: "1. valg",
            value: "",
            message:
              'choice 1 is empty while choice 2 ("Oslo") is given; fill the choices in order, from "1. valg"',
          },
        ],
      },
      {
        id: "d",
        line: 5,
        verdict: "invalid",
        reasons: [],
        problems: [
          {
            column: "2. valg",
            value: "Oslo",
            message:
              '"Oslo" repeats choice 1 ("oslo"): it adds no class the choices before it did not already allow',
          },
        ],
      },
    ]);
    // The intake without classes reads no choice, and its output has no choices key.
    const plain = await run(["check", "p.yaml", "l.csv", "--intake", "2029", "--format", "json"], {
      cwd,
    });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('"choices"');
  });

  it("a missing choice column is the missing-column error; required: false reads it as any class", async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, "l.csv"), "id,score\na,1\n");
    writeFileSync(join(cwd, "p.yaml"), program("  choices: { column: Studiested }"));
    const missing = await run(["check", "p.yaml", "l.csv", "--intake", "2028"], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.error?.message).toBe(
      'missing required column "Studiested"; the list has "id", "score"',
    );
    writeFileSync(
      join(cwd, "p.yaml"),
      program("  choices: { column: Studiested, required: false }"),
    );
    const optional = await run(
      ["check", "p.yaml", "l.csv", "--intake", "2028", "--format", "ndjson"],
      { cwd },
    );
    expect(optional.code).toBe(0);
    expect(JSON.parse(optional.stdout).choices).toEqual(["*"]);
  });

  it("an intake with classes and no choices declared warns that everyone accepts any class", async () => {
    const cwd = scratch();
    writeFileSync(join(cwd, "p.yaml"), program(""));
    writeFileSync(join(cwd, "l.csv"), "id,score\na,1\n");
    const result = await run(["check", "p.yaml", "l.csv", "--intake", "2028", "--format", "json"], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "intake 2028: the intake has 2 classes but applicants.choices is not declared, so every applicant accepts any class",
    );
    expect(result.stderr).toContain("(choices-undeclared)");
    expect(result.stdout).not.toContain('"choices"');
  });
});

describe("allocate and verify", () => {
  it("json on stdout, the summary on stderr", async () => {
    const result = await run(["allocate", LITEN, HELD, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "liten: 4/4 seats filled: 4 admitted, 2 waitlisted, 0 ineligible, 0 invalid (seed 3e1a16a8c64dfb61, from the input hashes)\n",
    );
    const rows = JSON.parse(result.stdout).applicants as { id: string; outcome: string }[];
    expect(rows.map((r) => `${r.id} ${r.outcome}`)).toEqual([
      "a1 admitted",
      "b1 admitted",
      "a3 admitted",
      "b3 admitted",
      "a2 waitlisted",
      "b2 waitlisted",
    ]);
  });

  it("an audit record that verify reproduces, and a changed input that it catches", async () => {
    const cwd = scratch();
    copyFileSync(join(ROOT, LITEN), join(cwd, "liten.yaml"));
    copyFileSync(join(ROOT, HELD), join(cwd, "list.csv"));
    const allocated = await run(
      ["allocate", "liten.yaml", "list.csv", "--format", "json", "--audit", "audit.json"],
      { cwd },
    );
    expect(allocated.code).toBe(0);
    const verified = await run(["verify", "audit.json"], { cwd });
    expect(verified).toMatchObject({ code: 0, stderr: "" });
    expect(verified.stdout).toBe(
      "verified: 6 outcomes reproduced exactly (program liten, seed 3e1a16a8c64dfb61, inputs unchanged)\n",
    );
    writeFileSync(
      join(cwd, "list.csv"),
      `${readFileSync(join(cwd, "list.csv"), "utf8")}z9,a,north,1\n`,
    );
    const changed = await run(["verify", "audit.json"], { cwd });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toBe(
      "applicants file list.csv changed: sha256 03b14623b131… in the record, e71cdaa64784… now\nnot verified: the inputs are not the ones the record was made from\n",
    );
  });

  it("shows the program's warnings once, and not under -q", async () => {
    const cwd = scratch();
    const program = litenWithWarnings(cwd);
    const result = await run(["allocate", program, "list.csv", "--format", "json"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr.startsWith(LITEN_WARNINGS)).toBe(true);
    expect(result.stderr.split("module-weekend").length - 1).toBe(2);
    const quiet = await run(["-q", "allocate", program, "list.csv", "--format", "json"], { cwd });
    expect(quiet.stderr).toBe("");
  });
});

describe("schedule", () => {
  it("weekend and holiday warnings are in the schedule itself, not repeated on stderr", async () => {
    const result = await run(["schedule", MIDSOMMAR, MIDSOMMAR, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const data = JSON.parse(result.stdout);
    expect(data.programs.map((p: { id: string }) => p.id)).toEqual(["midsommar"]);
    expect(data.programs[0].warnings.map((w: { code: string }) => w.code)).toEqual([
      "module-weekend",
      "module-holiday",
    ]);
  });

  it("-q: no warning lines", async () => {
    const result = await run(["-q", "schedule", MIDSOMMAR, "--format", "markdown"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Ledarskap i praktiken");
  });

  it("a program without warnings prints nothing on stderr", async () => {
    const result = await run(["schedule", "topplederprogrammet", "--format", "ics"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it("options that do not go together are a usage error (exit 2)", async () => {
    const result = await run(["schedule", "--timeline", "--format", "json"]);
    expect(result.code).toBe(2);
    expect(result.error?.message).toBe(
      "--timeline draws in the terminal table; it does not go with --format json",
    );
  });
});

describe("list", () => {
  it("the shipped programs, as json, relative to --today", async () => {
    const result = await run(["list", "--today", "2027-02-01", "--format", "json"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const data = JSON.parse(result.stdout);
    expect(data.today).toBe("2027-02-01");
    const top = data.programs.find((p: { id: string }) => p.id === "topplederprogrammet");
    expect(top).toMatchObject({
      status: "open for applications",
      file: "programs/topplederprogrammet.yaml",
    });
  });

  it("uses the context's date when --today is not given", async () => {
    const early = await run(["list", "--format", "json"], { today: "2026-01-01" });
    const top = JSON.parse(early.stdout).programs.find(
      (p: { id: string }) => p.id === "topplederprogrammet",
    );
    expect(top.status).not.toBe("open for applications");
  });

  it("two files with one program id stop it (exit 2), naming both", async () => {
    const result = await run(["list", "fixtures/validate/program-duplicate-id"]);
    expect(result.code).toBe(2);
    expect(result.error?.message).toBe(
      'program id "same" is used by both fixtures/validate/program-duplicate-id/a.yaml and fixtures/validate/program-duplicate-id/b.yaml',
    );
  });

  it("shows the warnings of every program it lists", async () => {
    const result = await run([
      "list",
      "fixtures/schedule/midsommar.yaml",
      "fixtures/schedule/overlap-b.yaml",
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `${MIDSOMMAR_WARNINGS}åtvaring: fixtures/schedule/overlap-b.yaml:10:44: samlinga «mai» fell på Grunnlovsdag (17. mai 2028), ein heilagdag eller heilagdagsaftan i Noreg (module-holiday)\n`,
    );
  });
});

describe("init and completion", () => {
  it("init writes a new file, refuses to overwrite it, and completion lists its id", async () => {
    const cwd = scratch();
    const first = await run(["init", "ny-plan", "--locale", "en"], { cwd });
    expect(first.code).toBe(0);
    // A project without a schema gets one, so the file's modeline points at something.
    expect(first.stderr).toMatch(
      /^wrote schema\/program\.schema\.json, the JSON Schema the file's editor modeline points at .*\nwrote programs\/ny-plan\.yaml \(locale en, country NO;/,
    );
    const written = readFileSync(join(cwd, "programs/ny-plan.yaml"), "utf8");
    expect(written).toContain("id: ny-plan");
    const again = await run(["init", "ny-plan"], { cwd });
    expect(again.code).toBe(2);
    expect(again.error?.message).toMatch(
      /^programs\/ny-plan\.yaml already exists, and cohort init never overwrites a file/,
    );
    expect(readFileSync(join(cwd, "programs/ny-plan.yaml"), "utf8")).toBe(written);
    const ids = await run(["completion", "--list-programs"], { cwd });
    expect(ids).toMatchObject({ code: 0, stdout: "ny-plan\n" });
    const validated = await run(["validate"], { cwd });
    expect(validated).toMatchObject({ code: 0, stdout: "✔ 1 file valid\n" });
    expect(readdirSync(join(cwd, "programs"))).toEqual(["ny-plan.yaml"]);
  });
});
