/**
 * The built binary with stderr on a pseudo-terminal of 40 columns
 * (util-linux script(1)) and stdout to a file: progress's located problems
 * and summary, roster's line and letters' warnings wrap to the terminal's
 * width at spaces, measured by string-width; each problem still starts at
 * its file:row:column. Skipped, saying so, where util-linux's script is not
 * installed (.ci/run installs it).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "./run-cli.js";

const hasScript = (() => {
  const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && /util-linux/.test(probe.stdout + probe.stderr);
})();
if (!hasScript) console.warn("skipped: util-linux script(1) is not installed");

const DIR = join(ROOT, "fixtures/progress/language");
const temp = mkdtempSync(join(tmpdir(), "cohort-progress-tty-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const AUDIT = join(temp, "audit.json");
const OUT = join(temp, "stdout.txt");

beforeAll(() => {
  const made = runCli(
    ["allocate", "sv.yaml", "sv-applicants.csv", "--audit", AUDIT, "-o", join(temp, "r.json")],
    { cwd: DIR },
  );
  expect(made.code, made.stderr).toBe(0);
});

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Runs cohort with stderr on a terminal of 40 columns, stdout to a file; what the terminal showed, and the exit code. */
const onTerminal = (args: string[]): { shown: string[]; code: number } => {
  const cohort = [process.execPath, BIN, ...args].map(quote).join(" ");
  const shell = `stty cols 40 rows 40; ${cohort} > ${quote(OUT)}; echo "exit=$?"`;
  const result = spawnSync("script", ["-qfec", shell, "/dev/null"], {
    cwd: DIR,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo", TERM: "xterm" },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  // A line of the pty ends in CR LF.
  const shown = result.stdout.replace(/\r\n$/, "").split("\r\n");
  const code = Number(/^exit=(\d+)$/.exec(shown.pop() ?? "")?.[1]);
  return { shown, code };
};

describe.skipIf(!hasScript)("stderr on a terminal of 40 columns", () => {
  it("progress: the problems and the summary wrap at spaces, each problem at its place; exit 1", () => {
    const { shown, code } = onTerminal([
      "progress",
      "sv.yaml",
      "sv-roster.csv",
      "--as-of",
      "2026-12-15",
      "--audit",
      AUDIT,
      "--format",
      "csv",
    ]);
    expect(code).toBe(1);
    for (const line of shown) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    const starts = shown.filter((l) => !l.startsWith(" "));
    expect(starts.slice(0, -1).map((l) => /^sv-roster\.csv:(\d+):(\d+): /.exec(l)?.[1])).toEqual([
      "1",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
    ]);
    expect(starts.at(-1)).toMatch(/^sprak-sv-narvaro: per 15 december 2026:/);
    expect(shown.join(" ")).toContain("deltagaren har inget id");
    // stdout is a file: the csv, whole.
    expect(readFileSync(OUT, "utf8")).toMatch(/^deltagare,Klass,status,inte uppfyllt\r?\n/);
  });

  it("roster and letters: their lines fit too", () => {
    const roster = onTerminal([
      "roster",
      "sv.yaml",
      AUDIT,
      "--applicants",
      "sv-applicants.csv",
      "-o",
      join(temp, "roster.xlsx"),
    ]);
    expect(roster.code).toBe(0);
    expect(roster.shown[0]).toMatch(/^skrev 9 deltagare till/);
    const letters = onTerminal([
      "letters",
      "sv.yaml",
      "--progress",
      "sv-roster.csv",
      "--as-of",
      "2026-12-15",
      "-o",
      join(temp, "letters"),
    ]);
    expect(letters.code).toBe(1);
    expect(letters.shown.join(" ")).toContain("varning:");
    for (const line of [...roster.shown, ...letters.shown])
      expect(stringWidth(line), line).toBeLessThanOrEqual(40);
  });
});
