/**
 * Declines from an earlier decision's audit record (`allocate --from`): the
 * admissions it holds are kept whatever the files say now, and the new
 * record verifies by re-running from the earlier one.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

interface Row {
  id: string;
  outcome: string;
  code: string;
}
interface Result {
  applicants: Row[];
  summary: { relaxations: { kind: string; subject: string; wanted: number; reachable: number }[] };
  offered?: string[];
  declined?: string[];
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cohort-from-"));
  mkdirSync(join(dir, "programs"));
  copyFileSync(
    join(ROOT, "programs/topplederprogrammet.yaml"),
    join(dir, "programs/topplederprogrammet.yaml"),
  );
  copyFileSync(join(ROOT, "fixtures/allocate/topplederprogrammet.csv"), join(dir, "list.csv"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cohort = (args: string[]) => runCli(args, { cwd: dir });
const json = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Result;
const admittedIn = (r: Result) =>
  r.applicants.filter((a) => a.outcome === "admitted").map((a) => a.id);

describe("allocate --declined --from AUDIT", () => {
  it("keeps the record's admissions, offers the freed seat, and verifies", () => {
    expect(
      cohort([
        "allocate",
        "topplederprogrammet",
        "list.csv",
        "--audit",
        "first.json",
        "--format",
        "json",
        "-o",
        "first-result.json",
      ]).code,
    ).toBe(1);
    const first = json("first-result.json");
    const admitted = admittedIn(first);
    writeFileSync(join(dir, "declined.txt"), `${admitted[2]}\n`);
    const second = cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--declined",
      "declined.txt",
      "--from",
      "first.json",
      "--audit",
      "second.json",
      "--format",
      "json",
      "-o",
      "second.json.out",
    ]);
    expect(second.stderr).not.toContain("internal error");
    const now = JSON.parse(readFileSync(join(dir, "second.json.out"), "utf8")) as Result;
    for (const id of admitted.filter((_, i) => i !== 2))
      expect(now.applicants.find((a) => a.id === id)!.outcome).toBe("admitted");
    expect(now.applicants.find((a) => a.id === admitted[2])!.code).toBe("DECLINED");
    expect(now.offered).toHaveLength(1);
    const record = JSON.parse(readFileSync(join(dir, "second.json"), "utf8"));
    expect(record.inputs.from.path).toBe("first.json");
    const verify = cohort(["verify", "second.json"]);
    expect(verify.stderr + verify.stdout).not.toContain("internal error");
    expect(verify.code).toBe(0);
    // A changed byte in the earlier record is named.
    writeFileSync(join(dir, "first.json"), `${readFileSync(join(dir, "first.json"), "utf8")} `);
    const changed = cohort(["verify", "second.json"]);
    expect(changed.code).toBe(1);
    expect(changed.stdout + changed.stderr).toContain("first.json");
  });

  it("keeps every earlier admission when the program's seats shrank since, and reports it", () => {
    cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--audit",
      "first.json",
      "--format",
      "json",
      "-o",
      "first-result.json",
    ]);
    const admitted = admittedIn(json("first-result.json"));
    const path = join(dir, "programs/topplederprogrammet.yaml");
    writeFileSync(
      path,
      readFileSync(path, "utf8")
        .replace("  total: 40", "  total: 30")
        .replaceAll("seats: 20,", "seats: 15,"),
    );
    writeFileSync(join(dir, "declined.txt"), `${admitted[0]}\n`);
    const again = cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--declined",
      "declined.txt",
      "--from",
      "first.json",
      "--format",
      "json",
      "-o",
      "again.json",
    ]);
    expect(again.stderr).not.toContain("internal error");
    const result = json("again.json");
    for (const id of admitted.slice(1))
      expect(result.applicants.find((a) => a.id === id)!.outcome).toBe("admitted");
    expect(result.summary.relaxations.filter((r) => r.kind === "kept-over-limit")).toEqual([
      {
        kind: "kept-over-limit",
        subject: "total",
        wanted: 30,
        reachable: 39,
        message: expect.any(String),
      },
    ]);
    // Without --from the same files give a different, smaller allocation.
    const fresh = cohort(["allocate", "topplederprogrammet", "list.csv", "--format", "json"]);
    expect(admittedIn(JSON.parse(fresh.stdout))).toHaveLength(30);
  });

  it("stops when an applicant the record admitted is no longer in the list", () => {
    cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--audit",
      "first.json",
      "--format",
      "json",
      "-o",
      "first-result.json",
    ]);
    const admitted = admittedIn(json("first-result.json"));
    const lines = readFileSync(join(dir, "list.csv"), "utf8").split("\n");
    writeFileSync(
      join(dir, "list.csv"),
      lines.filter((l) => !l.startsWith(`${admitted[5]},`)).join("\n"),
    );
    writeFileSync(join(dir, "declined.txt"), `${admitted[0]}\n`);
    const run = cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--declined",
      "declined.txt",
      "--from",
      "first.json",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(admitted[5]);
    // In the program's language, Norwegian Bokmål.
    expect(run.stderr).toContain("et opptak gjøres aldri om");
  });

  it("refuses a record edited since it was written", () => {
    cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--audit",
      "first.json",
      "--format",
      "json",
      "-o",
      "r.json",
    ]);
    const record = JSON.parse(readFileSync(join(dir, "first.json"), "utf8"));
    const waiting = record.outcomes.find((o: { outcome: string }) => o.outcome === "waitlisted");
    waiting.outcome = "admitted";
    writeFileSync(join(dir, "first.json"), JSON.stringify(record, null, 2));
    writeFileSync(join(dir, "declined.txt"), "\n");
    const run = cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--declined",
      "declined.txt",
      "--from",
      "first.json",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "er endret etter at den ble skrevet (delen outcomes stemmer ikke med",
    );
  });

  it("needs --declined, and a record of the same program", () => {
    cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--audit",
      "first.json",
      "--format",
      "json",
      "-o",
      "r.json",
    ]);
    const alone = cohort(["allocate", "topplederprogrammet", "list.csv", "--from", "first.json"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--declined");
    const record = JSON.parse(readFileSync(join(dir, "first.json"), "utf8"));
    record.program = "ledarskaps-st";
    // A record from before the section hashes (version 1, no params): only the program tells.
    record.version = 1;
    delete record.language;
    delete record.sha256;
    record.outcomes = record.outcomes.map(({ params: _, ...o }: { params?: unknown }) => o);
    writeFileSync(join(dir, "other.json"), JSON.stringify(record));
    writeFileSync(join(dir, "declined.txt"), "\n");
    const other = cohort([
      "allocate",
      "topplederprogrammet",
      "list.csv",
      "--declined",
      "declined.txt",
      "--from",
      "other.json",
    ]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("revisjonsloggen for ledarskaps-st");
  });
});
