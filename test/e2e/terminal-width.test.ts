/**
 * Human output fits the terminal: with COLUMNS set, no line of any table
 * format is wider (in code points) than asked, for every command that
 * prints one, at 60, 80 and 120 columns. Without COLUMNS (and not on a
 * terminal) the output is laid out as it always was; a COLUMNS that is not a
 * whole number above 0 is ignored (test/cli/terminal.test.ts), and one
 * below 40 is taken as 40.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const COMMANDS: Record<string, string[]> = {
  check: ["check", "topplederprogrammet", "fixtures/check/topplederprogrammet.csv", "-f", "table"],
  "check (sv)": ["check", "ledarskaps-st", "fixtures/check/ledarskaps-st.csv", "-f", "table"],
  allocate: [
    "allocate",
    "topplederprogrammet",
    "fixtures/allocate/topplederprogrammet.csv",
    "-f",
    "table",
  ],
  "allocate (classes)": [
    "allocate",
    "programs/ks-toppleder-kull.yaml",
    "fixtures/allocate/ks-toppleder-kull-2029.csv",
    "--intake",
    "2029",
    "-f",
    "table",
  ],
  list: ["list", "--today", "2027-02-01"],
  schedule: ["schedule", "--today", "2027-02-01"],
  "schedule --timeline": ["schedule", "topplederprogrammet", "--timeline"],
  progress: [
    "progress",
    "programs/ous-erfarne-ledere.yaml",
    "fixtures/progress/ous-erfarne-ledere.csv",
    "-f",
    "table",
    "--as-of",
    "2027-12-01",
  ],
  validate: ["validate", "fixtures/validate/", "-f", "pretty"],
};

const widest = (text: string): number => {
  let most = 0;
  for (const line of text.split("\n")) most = Math.max(most, [...line].length);
  return most;
};

describe("output fitted to COLUMNS", () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`${name}: no line wider than 60, 80 or 120 columns`, { timeout: 180_000 }, () => {
      for (const columns of [60, 80, 120]) {
        const result = runCli(args, { env: { COLUMNS: String(columns) } });
        expect(result.code, result.stderr).toBeLessThan(2);
        expect(result.stdout.length).toBeGreaterThan(0);
        expect(widest(result.stdout), `COLUMNS=${columns}`).toBeLessThanOrEqual(columns);
      }
    });
  }

  it("the tables were wider than a terminal before they were fitted (the test can fail)", {
    timeout: 60_000,
  }, () => {
    const check = runCli(COMMANDS.check!);
    expect(widest(check.stdout)).toBeGreaterThan(80);
    const list = runCli(COMMANDS.list!);
    expect(widest(list.stdout)).toBeGreaterThan(120);
  });

  it("a COLUMNS below 40 is taken as 40", { timeout: 60_000 }, () => {
    const at10 = runCli(COMMANDS.check!, { env: { COLUMNS: "10" } });
    const at40 = runCli(COMMANDS.check!, { env: { COLUMNS: "40" } });
    expect(at10.stdout).toBe(at40.stdout);
    expect(widest(at40.stdout)).toBe(40);
  });

  it("a table written to a file with -o is never fitted", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-width-"));
    try {
      const file = join(dir, "table.txt");
      const result = runCli([...COMMANDS.check!, "-o", file], { env: { COLUMNS: "60" } });
      expect(result.code).toBeLessThan(2);
      expect(widest(readFileSync(file, "utf8"))).toBeGreaterThan(60);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
