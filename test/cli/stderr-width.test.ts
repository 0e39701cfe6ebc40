/**
 * The lines for people on stderr of progress, roster and letters fit a
 * terminal: at 40 columns (stderr a terminal of that width) every line of
 * the problems, warnings and summaries is within it by string-width (an
 * independent measure) and by cohort's own, wrapped at spaces with the words
 * unchanged and each problem still starting at its file:row:column. When
 * stderr is not a terminal the lines are the same words, one line each.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { visibleWidth } from "../../src/format/fit-width.js";
import { ROOT, run } from "./run.js";

const DIR = join(ROOT, "fixtures/progress/language");
const temp = mkdtempSync(join(tmpdir(), "cohort-stderr-width-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const AUDIT = join(temp, "audit.json");

beforeAll(async () => {
  const made = await run(
    [
      "allocate",
      join(DIR, "sv.yaml"),
      join(DIR, "sv-applicants.csv"),
      "--audit",
      AUDIT,
      "-o",
      join(temp, "r.json"),
    ],
    { cwd: temp },
  );
  expect(made.code, made.stderr).toBe(0);
});

const lines = (text: string) => text.replace(/\n$/, "").split("\n");

const expectFits = (text: string, width: number) => {
  for (const line of lines(text)) {
    expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    expect(visibleWidth(line), line).toBeLessThanOrEqual(width);
  }
};

/** The words, without the spaces and line breaks wrapping moves. */
const words = (text: string) => text.replace(/\s+/g, "");

const progress = ["progress", join(DIR, "sv.yaml"), "sv-roster.csv", "--as-of", "2026-12-15"];

describe.each([40, 80])("stderr a terminal of %i columns", (width) => {
  it("progress: every problem and the summary fit, wrapped at spaces, each problem at its place", async () => {
    const wide = await run([...progress, "--audit", AUDIT, "--format", "csv"], { cwd: DIR });
    const fitted = await run([...progress, "--audit", AUDIT, "--format", "csv"], {
      cwd: DIR,
      stderrTty: { columns: width },
    });
    expect(fitted.code).toBe(1);
    expect(wide.code).toBe(1);
    expectFits(fitted.stderr, width);
    expect(words(fitted.stderr)).toBe(words(wide.stderr));
    // A problem's first line names its place; the lines that go on are indented.
    const starts = lines(fitted.stderr).filter((l) => !l.startsWith(" "));
    expect(starts.slice(0, -1).every((l) => /^sv-roster\.csv:\d+:\d+: /.test(l))).toBe(true);
    expect(starts).toHaveLength(lines(wide.stderr).length);
    expect(lines(fitted.stderr).length).toBeGreaterThan(lines(wide.stderr).length);
    // stdout is not a terminal: its bytes do not change.
    expect(fitted.stdout).toBe(wide.stdout);
  });

  it("roster: the line after writing fits", async () => {
    const args = [
      "roster",
      join(DIR, "sv.yaml"),
      AUDIT,
      "--applicants",
      join(DIR, "sv-applicants.csv"),
      "-o",
      join(temp, `roster-${width}.xlsx`),
    ];
    const fitted = await run(args, { cwd: temp, stderrTty: { columns: width } });
    expect(fitted.code).toBe(0);
    expectFits(fitted.stderr, width);
    expect(fitted.stderr).toMatch(/^skrev 9 deltagare till\s/);
    expect(words(fitted.stderr)).toContain(
      "(goteborg:6,malmo:3),med3kolumnerförutbildningstillfällenattfyllai",
    );
  });

  it("letters: the warnings and the closing lines fit", async () => {
    const args = [
      "letters",
      join(DIR, "sv.yaml"),
      "--progress",
      join(DIR, "sv-roster.csv"),
      "--as-of",
      "2026-12-15",
      "--format",
      "md",
    ];
    const wide = await run([...args, "-o", join(temp, `wide-${width}`)], { cwd: temp });
    const fitted = await run([...args, "-o", join(temp, `fitted-${width}`)], {
      cwd: temp,
      stderrTty: { columns: width },
    });
    expect(fitted.code).toBe(1);
    expectFits(fitted.stderr, width);
    expect(fitted.stderr).toContain("varning:");
    expect(words(fitted.stderr)).toBe(
      words(wide.stderr).replaceAll(`wide-${width}`, `fitted-${width}`),
    );
  });
});

describe("stderr not a terminal", () => {
  it("keeps every problem on one line, whatever COLUMNS says", async () => {
    const piped = await run([...progress, "--format", "csv"], { cwd: DIR, env: { COLUMNS: "40" } });
    const plain = await run([...progress, "--format", "csv"], { cwd: DIR });
    expect(piped.stderr).toBe(plain.stderr);
    expect(
      lines(piped.stderr).every((l) => /^(sv-roster\.csv:\d+:\d+|sprak-sv-narvaro): /.test(l)),
    ).toBe(true);
  });
});
