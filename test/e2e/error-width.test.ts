/**
 * The error main.ts prints is fitted by the rule of every line on stderr
 * (src/cli/terminal.ts stderrWidth): on a terminal, COLUMNS when it is set,
 * else the terminal's columns; not fitted when stderr is not a terminal,
 * whatever COLUMNS says. Run on a pseudo-terminal (util-linux script(1));
 * skipped, saying so, where it is not installed (.ci/run installs it).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-error-width-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MISSING = join(dir, "mangler.csv");
writeFileSync(MISSING, "Namn;E-post\nA;a@example.org\n");
const ARGS = ["check", "fixtures/language/nn.yaml", MISSING];

const hasScript = (() => {
  const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && /util-linux/.test(probe.stdout + probe.stderr);
})();
if (!hasScript) console.warn("skipped: util-linux script(1) is not installed");

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** The error's lines on a terminal of `cols` columns, COLUMNS set to `columns` when given. */
const onTerminal = (cols: number, columns?: number): string[] => {
  const cohort = [process.execPath, BIN, ...ARGS].map(quote).join(" ");
  const env = columns === undefined ? "" : `COLUMNS=${columns} `;
  const result = spawnSync(
    "script",
    ["-qfec", `stty cols ${cols} rows 40; ${env}${cohort}`, "/dev/null"],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo", TERM: "xterm" },
      timeout: 60_000,
    },
  );
  return result.stdout.replace(/\r/g, "").trimEnd().split("\n");
};

/** Every line within `width` but the one holding the list's path, a word longer than the line. */
const expectFits = (lines: string[], width: number) => {
  expect(lines[0]).toMatch(/^cohort:/);
  for (const line of lines)
    if (!line.includes(`${MISSING}:1:`)) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
  for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/);
  expect(lines.join(" ").replace(/ {2,}/g, " ")).toContain("dei påkravde kolonnane");
};

describe.runIf(hasScript)("an error on a terminal", () => {
  it("is fitted to COLUMNS=40 on a terminal of 200 columns", () => {
    const lines = onTerminal(200, 40);
    expectFits(lines, 40);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines).toEqual(onTerminal(40));
  });

  it("is fitted to COLUMNS=80 on a terminal of 40 columns", () => {
    const lines = onTerminal(40, 80);
    expectFits(lines, 80);
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeGreaterThan(40);
    expect(lines).toEqual(onTerminal(80));
  });
});

describe("an error when stderr is not a terminal", () => {
  it("is one line whatever COLUMNS says", () => {
    const plain = runCli(ARGS);
    const narrow = runCli(ARGS, { env: { COLUMNS: "40" } });
    expect(plain.code).toBe(1);
    expect(narrow.stderr).toBe(plain.stderr);
    expect(plain.stderr.split("\n")).toHaveLength(2);
  });
});
