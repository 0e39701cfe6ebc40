/**
 * The built binary on a pseudo-terminal of 40 columns (script(1)): the
 * warnings check and allocate write on stderr about the program file and
 * about leader groups wrap to it at spaces, each still starting with its
 * label and location, the lines they go on two spaces in; the same run
 * with stderr into a file writes the bytes it writes to a pipe.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-warnings-terminal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, "sv.yaml"),
  readFileSync(join(ROOT, "fixtures/language/sv.yaml"), "utf8")
    .replace(/^(\s+)total: (\d+)$/m, "$1total: +$2")
    .replace(/^owner: (.*)$/m, "owner: !ref $1"),
);
writeFileSync(join(dir, "sv.csv"), readFileSync(join(ROOT, "fixtures/language/sv.csv")));

const hasScript = (() => {
  const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && /util-linux/.test(probe.stdout + probe.stderr);
})();
if (!hasScript) console.warn("skipped: util-linux script(1) is not installed");

describe.runIf(hasScript)("check's and allocate's warnings on a terminal of 40 columns", () => {
  const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;
  const onTerminal = (args: string[], redirect = "") => {
    const cohort = [process.execPath, BIN, ...args].map(quote).join(" ");
    return spawnSync(
      "script",
      ["-qfec", `stty cols 40 rows 40; ${cohort} ${redirect}`, "/dev/null"],
      {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo", TERM: "xterm" },
        timeout: 60_000,
      },
    );
  };

  it.each([
    ["check", "c.csv"],
    ["allocate", "a.csv"],
  ])("%s: wrapped to the width, each warning at its place", (command, out) => {
    const args = [command, "sv.yaml", "sv.csv", "--format", "csv", "-o", out];
    const piped = runCli(args, { cwd: dir });
    const result = onTerminal(args);
    const lines = result.stdout.replace(/\r/g, "").trimEnd().split("\n");
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    const firsts = lines.filter((l) => !l.startsWith(" "));
    expect(firsts.filter((l) => /^varning: sv\.yaml:\d+:\d+:/.test(l))).toHaveLength(2);
    expect(firsts).toHaveLength(piped.stderr.trimEnd().split("\n").length);
    for (const line of lines.filter((l) => l.startsWith(" "))) expect(line).toMatch(/^ {2}\S/);
    expect(lines.length).toBeGreaterThan(firsts.length);
    expect(lines.join(" ").replace(/ {2,}/g, " ")).toContain(
      "taggen !ref är okänd; cohort läser vanlig YAML utan egna taggar (yaml-unknown-tag)",
    );
  });

  it("is left as it is when stderr is a file", () => {
    const args = ["check", "sv.yaml", "sv.csv", "--format", "csv", "-o", "f.csv"];
    const file = join(dir, "stderr.txt");
    onTerminal(args, `2> ${quote(file)}`);
    const direct = runCli(args, { cwd: dir });
    expect(direct.stderr).toMatch(/^varning: sv\.yaml:6:8: taggen !ref är okänd; .*\n/);
    expect(readFileSync(file, "utf8")).toBe(direct.stderr);
  });
});
