/**
 * What a terminal gets: tables as wide as its columns (COLUMNS overrides
 * them), and of a long list the first 1000 rows with a line saying how many
 * more there are and which formats write them all; --all, a pipe or a file
 * gets every row. A COLUMNS that is not a whole number above 0 is ignored.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERMINAL_ROWS } from "../../src/cli/terminal.js";
import { ROOT, run } from "./run.js";

const temp = mkdtempSync(join(tmpdir(), "cohort-terminal-"));
const LIST = join(temp, "applicants.csv");
const ROWS = 2_500;
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "bench/generate-applicants.mjs"), String(ROWS), LIST]);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const widest = (text: string): number => {
  let most = 0;
  for (const line of text.split("\n")) most = Math.max(most, [...line].length);
  return most;
};

/** Rows of a check table: lines that start with an applicant's id cell. */
const tableRows = (text: string): number =>
  text.split("\n").filter((line) => /^│ [A-Z]?\d/.test(line) || /^│ A-/.test(line)).length;

describe("a terminal's width", () => {
  const check = ["check", "topplederprogrammet", "fixtures/check/topplederprogrammet.csv"];

  it("comes from the terminal, and COLUMNS overrides it", async () => {
    const wide = await run([...check, "-f", "table"]);
    expect(widest(wide.stdout)).toBeGreaterThan(90);
    const terminal = await run(check, { tty: { columns: 70 } });
    expect(widest(terminal.stdout)).toBe(70);
    const asked = await run(check, { tty: { columns: 70 }, env: { COLUMNS: "50" } });
    expect(widest(asked.stdout)).toBe(50);
    // A terminal whose width is unknown: laid out as for a file.
    const unknown = await run(check, { tty: { columns: 0 } });
    expect(unknown.stdout).toBe(wide.stdout);
  });

  const commands: string[][] = [
    [...check, "-f", "table"],
    ["allocate", "topplederprogrammet", "fixtures/allocate/topplederprogrammet.csv", "-f", "table"],
    ["list", "--today", "2027-02-01"],
    ["schedule", "topplederprogrammet", "--timeline"],
    ["validate", "fixtures/validate/", "-f", "pretty"],
  ];
  it.each(commands)("%s: a COLUMNS that is no width is ignored", async (...args) => {
    const plain = await run(args);
    for (const value of ["", "abc", "0", "-80", "80.5", "1e3"]) {
      const result = await run(args, { env: { COLUMNS: value } });
      expect(result.stdout, `COLUMNS=${value}`).toBe(plain.stdout);
    }
  });
});

describe("a long table on a terminal", () => {
  const check = ["check", "topplederprogrammet", LIST];

  it(`shows the first ${TERMINAL_ROWS} rows of check, and says how many more and how to get them`, async () => {
    const result = await run(check, { tty: { columns: 100 } });
    expect(result.code).toBeLessThan(2);
    expect(tableRows(result.stdout)).toBe(TERMINAL_ROWS);
    expect(result.stdout).toContain(
      `… og 1\u00a0500 søkere til. Med --all vises alle her; --format csv, ndjson eller xlsx skriver ut alle.`,
    );
    // The counts are of every row.
    expect(result.stdout).toContain(`${ROWS} søkere:`);
  });

  it("in the run's language (--lang)", async () => {
    const result = await run([...check, "--lang", "en"], { tty: { columns: 100 } });
    // The line wraps at the terminal's width like any other.
    expect(result.stdout.replace(/\n/g, " ")).toContain(
      `… and 1,500 more applicants. --all shows them all here; --format csv, ndjson or xlsx writes them all.`,
    );
  });

  it("shows every row with --all, into a pipe, and into a file", async () => {
    const all = await run([...check, "--all"], { tty: { columns: 100 } });
    expect(tableRows(all.stdout)).toBe(ROWS);
    expect(all.stdout).not.toContain("--all");
    const piped = await run([...check, "-f", "table"]);
    expect(tableRows(piped.stdout)).toBe(ROWS);
    expect(piped.stdout).not.toContain("--all");
  });

  it("shows the first rows of allocate's waitlist, naming allocate's formats", async () => {
    const result = await run(["allocate", "topplederprogrammet", LIST], { tty: { columns: 120 } });
    expect(result.code).toBeLessThan(2);
    expect(result.stdout).toMatch(
      /… og [\d\u00a0]+ søkere til\. Med --all vises alle her; --format csv, json eller xlsx skriver ut alle\./,
    );
    expect(widest(result.stdout)).toBeLessThanOrEqual(120);
    const all = await run(["allocate", "topplederprogrammet", LIST, "--all"], {
      tty: { columns: 120 },
    });
    expect(all.stdout).not.toContain("--all");
    expect(all.stdout.length).toBeGreaterThan(result.stdout.length);
  });
});
