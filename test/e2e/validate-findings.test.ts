/**
 * One fixture per finding code under fixtures/validate/. Each fixture lists
 * what it must produce in `# expect: CODE LINE:COLUMN [words of the message]`
 * comments; the test asserts exactly those findings and exit code 1 for
 * errors (0 for warnings only).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const FIXTURES = join(ROOT, "fixtures/validate");

interface Expectation {
  code: string;
  at: string;
  words: string;
}

const expectationsOf = (text: string): Expectation[] =>
  [...text.matchAll(/^# expect: (\S+) (\d+:\d+)(?: (.*))?$/gm)].map((m) => ({
    code: m[1]!,
    at: m[2]!,
    words: m[3] ?? "",
  }));

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  code: string;
  severity: string;
  message: string;
}

const cases = readdirSync(FIXTURES).sort();

describe("cohort validate: one fixture per finding code", () => {
  it.each(cases)("%s", (name) => {
    const path = join(FIXTURES, name);
    const files = statSync(path).isDirectory()
      ? readdirSync(path).map((f) => join(path, f))
      : [path];
    const expected = files.flatMap((f) => expectationsOf(readFileSync(f, "utf8")));
    expect(expected.length, "the fixture states what it expects").toBeGreaterThan(0);

    const result = runCli(["validate", "--format", "json", `fixtures/validate/${name}`]);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { findings: JsonFinding[] };
    const found = report.findings.map((f) => `${f.code} ${f.line}:${f.column}`).sort();
    expect(found).toEqual(expected.map((e) => `${e.code} ${e.at}`).sort());
    for (const e of expected) {
      const finding = report.findings.find(
        (f) =>
          `${f.code} ${f.line}:${f.column}` === `${e.code} ${e.at}` && f.message.includes(e.words),
      );
      expect(finding, `${e.code} at ${e.at} says "${e.words}"`).toBeDefined();
    }
    const hasError = report.findings.some((f) => f.severity === "error");
    expect(result.code).toBe(hasError ? 1 : 0);
  });
});
