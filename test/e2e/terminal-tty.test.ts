/**
 * The built binary on a pseudo-terminal (util-linux script(1)), as a
 * coordinator runs it: reading a list that takes more than a second shows a
 * status line on stderr (rows read), erased before the table; the table
 * shows the first 1000 rows and says how many more there are. Nothing of the
 * status line with --quiet, or when stderr is not a terminal. Skipped, saying
 * so, where util-linux's script is not installed (.ci/run installs it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "./run-cli.js";

const hasScript = (() => {
  const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && /util-linux/.test(probe.stdout + probe.stderr);
})();
if (!hasScript) console.warn("skipped: util-linux script(1) is not installed");

const temp = mkdtempSync(join(tmpdir(), "cohort-tty-"));
const LIST = join(temp, "applicants.csv");
const ROWS = 30_000;
beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "bench/generate-applicants.mjs"), String(ROWS), LIST]);
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * Runs `shell` on a terminal of 100 columns; the list reaches cohort's
 * stdin in two parts, 1.5 s apart, so that the reading takes more than a second
 * on any machine.
 */
const onTerminal = (cohortArgs: string[], redirect = ""): string => {
  const cohort = [process.execPath, BIN, ...cohortArgs].map(quote).join(" ");
  const feed = `{ head -n 2000 ${quote(LIST)}; sleep 1.5; tail -n +2001 ${quote(LIST)}; }`;
  const shell = `stty cols 100 rows 40; ${feed} | ${cohort} ${redirect}`;
  const result = spawnSync("script", ["-qfec", shell, "/dev/null"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo", TERM: "xterm" },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};

describe.skipIf(!hasScript)("on a terminal", () => {
  it("check shows the rows read while it reads, erases the line, then the first 1000 rows", {
    timeout: 180_000,
  }, () => {
    const out = onTerminal(["check", "topplederprogrammet", "-"]);
    const status = out.indexOf("\rLeser søkerlisten: ");
    expect(status, out.slice(0, 500)).toBeGreaterThanOrEqual(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the status line is written with ESC[K.
    expect(out).toMatch(/\rLeser søkerlisten: [\d\u00a0]+ rader\u001b\[K/);
    // Erased before the table starts, and never shown after it.
    const erased = out.indexOf("\r\u001b[K", status);
    const table = out.indexOf("┌");
    expect(erased).toBeGreaterThan(status);
    expect(table).toBeGreaterThan(erased);
    expect(out.indexOf("Leser søkerlisten", table)).toBe(-1);
    // A line of the pty ends in CR LF.
    const lines = out.slice(table).split("\r\n");
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
    expect(out).toContain("… og 29\u00a0000 søkere til.");
    expect(out).toContain(`${ROWS} søkere:`);
  });

  it("--quiet shows no status line", { timeout: 180_000 }, () => {
    const out = onTerminal(["--quiet", "check", "topplederprogrammet", "-"]);
    expect(out).not.toContain("Leser søkerlisten");
    expect(out).toContain("┌");
  });

  it("nor does a stderr that is not a terminal", { timeout: 180_000 }, () => {
    const errors = join(temp, "stderr.txt");
    const out = onTerminal(["allocate", "topplederprogrammet", "-"], `2>${quote(errors)}`);
    expect(out).not.toContain("Leser søkerlisten");
    expect(readFileSync(errors, "utf8")).not.toContain("Leser søkerlisten");
    expect(out).toContain("… og ");
  });

  it("allocate shows it too", { timeout: 180_000 }, () => {
    const out = onTerminal(["allocate", "topplederprogrammet", "-", "--lang", "en"]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the status line is written with ESC[K.
    expect(out).toMatch(/\rReading the applicant list: [\d,]+ rows\u001b\[K/);
    expect(out.indexOf("\r\u001b[K")).toBeLessThan(out.indexOf("┌"));
  });
});
