/**
 * A roster of an intake with parallel classes, from a record that places the
 * admitted in classes (`"class"` of an outcome): grouped by class, each
 * class's own module dates, --class, and progress counting each row against
 * its class's modules. The record is written by the test, without section
 * hashes, as records of older versions are.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run } from "./run.js";

let dir: string;
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-roster-"));
  const program = readFileSync(join(ROOT, "programs/ks-toppleder-kull.yaml"), "utf8")
    .replace("applicants:\n  id: Søker-ID\n", "applicants:\n  id: Søker-ID\n  name: Navn\n")
    .replace(
      "  - { id: samlinger, text: Deltakelse på alle seks samlingene }",
      "  - { id: samlinger, text: Minst fem av de seks samlingene, attendance: { modules: 5 } }",
    );
  writeFileSync(join(dir, "program.yaml"), program);
  const list =
    "Søker-ID,Navn,Sektor\nA1,Kari,kommune\nA2,Ola,spesialist\nA3,Per,kommune\nA4,Liv,kommune\n";
  writeFileSync(join(dir, "list.csv"), list);
  const audit = {
    version: 1,
    tool: "cohort test",
    program: "ks-toppleder-kull",
    intake: "2028",
    inputs: {
      program: { path: "program.yaml", sha256: sha(program) },
      applicants: { path: "list.csv", sha256: sha(list) },
    },
    seed: "1",
    seedGiven: true,
    parameters: {},
    outcomes: [
      { id: "A2", outcome: "admitted", class: "bergen", choice: 1 },
      { id: "A1", outcome: "admitted", class: "oslo", choice: 1 },
      { id: "A3", outcome: "admitted", class: "bergen", choice: 2 },
      { id: "A4", outcome: "waitlisted" },
    ],
    summary: {},
  };
  writeFileSync(join(dir, "audit.json"), JSON.stringify(audit));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cohort roster with classes", () => {
  it("groups by class in the intake's order, with class, site and each class's dates", async () => {
    const result = await run(["roster", "program.yaml", "audit.json"], { cwd: dir });
    expect(result.error?.message).toBeUndefined();
    expect(result.code).toBe(0);
    const [header, ...rows] = parse(result.stdout) as string[][];
    expect(header!.slice(0, 4)).toEqual(["Søker-ID", "Navn", "Klasse", "Sted"]);
    expect(header!.slice(4, 6)).toEqual([
      "2028-09-05 Strategisk ledelse og strategiutvikling i helse- og omsorgssektoren (dager, av 3)",
      "2028-10-31 Ledelse på tvers og organisering for samarbeid (dager, av 3)",
    ]);
    // Oslo's and Bergen's first gathering share a day and title: one column; the others differ.
    // ... and the record field the credits rule reads.
    expect(header).toHaveLength(4 + 11 + 1);
    expect(header?.at(-1)).toBe("Studiepoeng");
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["A1", "Kari", "oslo", "Oslo"],
      ["A2", "Ola", "bergen", "Bergen"],
      ["A3", "Per", "bergen", "Bergen"],
    ]);
  });

  it("--class keeps one class; an unknown class is named with the ones there are", async () => {
    const one = await run(["roster", "program.yaml", "audit.json", "--class", "bergen"], {
      cwd: dir,
    });
    const [header, ...rows] = parse(one.stdout) as string[][];
    expect(rows.map((r) => r[0])).toEqual(["A2", "A3"]);
    expect(header).toHaveLength(4 + 6 + 1);
    const bad = await run(["roster", "program.yaml", "audit.json", "--class", "bergn"], {
      cwd: dir,
    });
    expect(bad.code).toBe(2);
    expect(bad.error?.message).toContain(
      'has no class "bergn" (it has "oslo", "bergen"); did you mean "bergen"?',
    );
  });

  it("progress counts each row against its own class's modules", async () => {
    const roster = await run(["roster", "program.yaml", "audit.json"], { cwd: dir });
    const [header, ...rows] = parse(roster.stdout) as string[][];
    const ownColumns = (cls: string) =>
      header!.flatMap((h, i) => {
        const oslo = [
          "2028-09-05",
          "2028-10-31",
          "2029-01-09",
          "2029-03-06",
          "2029-04-24",
          "2029-06-05",
        ];
        const bergen = [
          "2028-09-05",
          "2028-11-07",
          "2029-01-16",
          "2029-03-13",
          "2029-05-22",
          "2029-06-12",
        ];
        // Filled in up to the day judged by: the first two gatherings.
        const day = h.slice(0, 10);
        return (cls === "oslo" ? oslo : bergen).includes(day) && day < "2028-12-01" ? [i] : [];
      });
    const filled = rows.map((r) => {
      const cells = [...r];
      for (const [n, i] of ownColumns(r[2]!).entries())
        cells[i] = r[0] === "A3" && n < 2 ? "0" : "3";
      return cells;
    });
    const csv = [header!, ...filled].map((r) => r.map((c) => `"${c}"`).join(",")).join("\n");
    writeFileSync(join(dir, "filled.csv"), `${csv}\n`);
    const result = await run(
      [
        "progress",
        "program.yaml",
        "filled.csv",
        "--intake",
        "2028",
        "--as-of",
        "2028-12-01",
        "--format",
        "json",
      ],
      { cwd: dir },
    );
    const report = JSON.parse(result.stdout) as {
      intake: string;
      participants: { id: string; class: string; status: string }[];
      modules: { start: string; classes: string[]; participants: number }[];
    };
    expect(report.intake).toBe("2028");
    expect(report.participants.map((p) => [p.id, p.class, p.status])).toEqual([
      ["A1", "oslo", "on-track"],
      ["A2", "bergen", "on-track"],
      ["A3", "bergen", "at-risk"],
    ]);
    expect(report.modules[0]).toMatchObject({
      start: "2028-09-05",
      classes: ["oslo", "bergen"],
      participants: 3,
    });
    expect(result.code).toBe(1);
  });

  it("progress --audit: a row in another class than the record's is located at its class cell", async () => {
    const text = readFileSync(join(dir, "filled.csv"), "utf8").replace(
      '"A1","Kari","oslo"',
      '"A1","Kari","bergen"',
    );
    writeFileSync(join(dir, "moved.csv"), text);
    const result = await run(
      [
        "progress",
        "program.yaml",
        "moved.csv",
        "--audit",
        "audit.json",
        "--as-of",
        "2028-12-01",
        "--format",
        "csv",
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'moved.csv:2:3: Klasse: audit.json plasserer A1 i klassen «oslo», ikke «bergen» ("bergen")',
    );
    expect(result.stdout).toContain('| tildelingen plasserer deltakeren i Oslo-klassen"\n');
    const wrongIntake = await run(
      ["progress", "program.yaml", "moved.csv", "--audit", "audit.json", "--intake", "2029"],
      { cwd: dir },
    );
    expect(wrongIntake.code).toBe(2);
    expect(wrongIntake.error?.message).toContain("is the allocation of intake 2028, not 2029");
  });

  it("letters --progress --class: only that class's participants, with their class and site", async () => {
    const result = await run(
      [
        "letters",
        "program.yaml",
        "--progress",
        "filled.csv",
        "--as-of",
        "2028-12-01",
        "--all",
        "--class",
        "bergen",
        "-o",
        "bergen",
        "--format",
        "md",
      ],
      { cwd: dir },
    );
    expect(result.stderr).toContain("skrev 2 brev til bergen (1 i rute, 1 i faresonen)");
    const index = readFileSync(join(dir, "bergen", "index.csv"), "utf8");
    expect(index).toBe("file,id,status,email\nA2.md,A2,on-track,\nA3.md,A3,at-risk,\n");
    const a3 = readFileSync(join(dir, "bergen", "A3.md"), "utf8");
    expect(a3).toContain("Hei Per,");
    // Bergen's own dates of the gatherings to come.
    expect(a3).toContain("16.–18. januar 2029");
    expect(a3).not.toContain("9.–11. januar 2029");
    const unknown = await run(
      ["letters", "program.yaml", "--progress", "filled.csv", "--class", "trondheim", "-o", "x"],
      { cwd: dir },
    );
    expect(unknown.code).toBe(2);
    expect(unknown.error?.message).toContain('has no class "trondheim"');
  });
});
