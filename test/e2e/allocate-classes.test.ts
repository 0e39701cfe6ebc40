/**
 * The shipped example of an intake with parallel classes at two sites,
 * allocated as a coordinator would: row by row as expected, every admitted
 * applicant in a class they chose, no class over its seats, the same bytes
 * on every run and whatever the order of the rows, and an audit record that
 * verifies (and fails on a changed byte).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, runCli } from "./run-cli.js";

const PROGRAM = "programs/ks-toppleder-kull.yaml";
const LIST = "fixtures/allocate/ks-toppleder-kull-2029.csv";

interface Row {
  id: string;
  outcome: string;
  code: string;
  reason: string;
  choices?: string[];
  class?: string;
  choice?: number;
  choiceReasons?: { choice: number; id: string; code: string; reason: string }[];
  positions?: { choice: number; id: string; position: number }[];
}
interface Result {
  intake: string;
  applicants: Row[];
  summary: { classes: { id: string; site: string; seats: number; admitted: number }[] };
}

const allocate = (list: string, ...more: string[]) =>
  runCli(["allocate", PROGRAM, list, "--intake", "2029", "--seed", "2029", ...more]);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-classes-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("allocate: an intake with classes and ranked choices", () => {
  const run = allocate(LIST, "--format", "json");
  const result = JSON.parse(run.stdout) as Result;

  it("gives every applicant the outcome, class and choice the fixture expects", () => {
    expect(run.stderr).not.toContain("internal error");
    const expected = readFileSync(join(ROOT, LIST.replace(".csv", ".expected")), "utf8")
      .split("\n")
      .filter((l) => l && !l.startsWith("#"));
    expect(
      result.applicants.map((a) =>
        [a.id, a.outcome, a.class ?? "-", String(a.choice ?? "-"), a.code].join(" "),
      ),
    ).toEqual(expected);
    expect(result.intake).toBe("2029");
  });

  it("places each admitted applicant in a class of the choice they got, no class over its seats", () => {
    const program = parse(readFileSync(join(ROOT, PROGRAM), "utf8"));
    const classes = program.intakes[1].classes as { id: string; site: string; seats: number }[];
    const classesOf = (choice: string) =>
      choice === "*"
        ? classes.map((c) => c.id)
        : classes.filter((c) => c.id === choice || c.site === choice).map((c) => c.id);
    const admitted = result.applicants.filter((a) => a.outcome === "admitted");
    for (const a of admitted) {
      expect(classesOf(a.choices![a.choice! - 1]!)).toContain(a.class);
      expect(a.choiceReasons?.length ?? 0).toBe(a.choice! - 1);
    }
    for (const c of classes) {
      const n = admitted.filter((a) => a.class === c.id).length;
      expect(n).toBeLessThanOrEqual(c.seats);
      expect(result.summary.classes.find((s) => s.id === c.id)!.admitted).toBe(n);
    }
    for (const a of result.applicants.filter((r) => r.outcome === "waitlisted"))
      expect(a.choiceReasons).toHaveLength(a.choices!.length);
  });

  it("says in words why a better choice was not possible, and keeps a waitlist place for it", () => {
    const p37 = result.applicants.find((a) => a.id === "P-37")!;
    expect(p37.reason).toBe(
      "tatt opp i kvoten Spesialisthelsetjenesten, rangert som nr. 37; plassert i Bergen A, valg 2 av 2 (Oslo: alle 20 plassene er tatt av søkere rangert foran, 20/20)",
    );
    expect(p37.choiceReasons).toEqual([
      {
        choice: 1,
        id: "Oslo",
        code: "CLASS_FULL",
        reason: "alle 20 plassene er tatt av søkere rangert foran, 20/20",
      },
    ]);
    expect(p37.positions).toEqual([{ choice: 1, id: "Oslo", position: 1 }]);
    const p39 = result.applicants.find((a) => a.id === "P-39")!;
    expect(p39).toMatchObject({ outcome: "waitlisted", code: "CLASS_FULL" });
    expect(p39.positions).toEqual([{ choice: 1, id: "Oslo", position: 3 }]);
  });

  it("writes the same bytes on every run and for the rows in any order", () => {
    expect(allocate(LIST, "--format", "json").stdout).toBe(run.stdout);
    const [header, ...rows] = readFileSync(join(ROOT, LIST), "utf8").trimEnd().split("\n");
    const shuffled = [header, ...rows.reverse()].join("\n");
    writeFileSync(join(dir, "reversed.csv"), `${shuffled}\n`);
    const again = JSON.parse(
      allocate(join(dir, "reversed.csv"), "--format", "json").stdout,
    ) as Result;
    expect(again.applicants).toEqual(result.applicants);
  });

  it("hands each class its roster sheet, and the table a block per class", () => {
    const file = join(dir, "opptak.xlsx");
    allocate(LIST, "--format", "xlsx", "-o", file);
    const book = XLSX.read(readFileSync(file));
    expect(book.SheetNames).toEqual(
      expect.arrayContaining(["Oslo A", "Oslo B", "Bergen A", "Bergen B"]),
    );
    const osloA = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets["Oslo A"]!);
    expect(osloA.map((r) => r.Klasse)).toEqual(new Array(10).fill("oslo-a"));
    const table = allocate(LIST, "--format", "table").stdout;
    expect(table).toContain("Oslo A (Oslo): 10 av 10 plasser");
    expect(table).toContain("Bergen B (Bergen):");
  });

  it("verifies its audit record, and names a changed byte", () => {
    writeFileSync(join(dir, "soknader.csv"), readFileSync(join(ROOT, LIST)));
    writeFileSync(join(dir, "program.yaml"), readFileSync(join(ROOT, PROGRAM)));
    const audit = join(dir, "vedtak.json");
    const made = runCli(
      [
        "allocate",
        "program.yaml",
        "soknader.csv",
        "--intake",
        "2029",
        "--audit",
        audit,
        "-o",
        join(dir, "r.json"),
      ],
      { cwd: dir },
    );
    expect(made.stderr).not.toContain("internal error");
    const record = JSON.parse(readFileSync(audit, "utf8"));
    expect(record.intake).toBe("2029");
    expect(record.parameters.classes).toHaveLength(4);
    expect(runCli(["verify", audit], { cwd: dir }).code).toBe(0);
    const list = readFileSync(join(dir, "soknader.csv"), "utf8");
    writeFileSync(join(dir, "soknader.csv"), list.replace('"Oslo, Bergen"', '"Bergen, Oslo"'));
    expect(runCli(["verify", audit], { cwd: dir }).code).toBe(1);
  });
});
