/**
 * What check and allocate write on stderr fits a terminal: on one of 40 or
 * 80 columns every line of the program's warnings, the leader-group
 * warnings and the summary is within it by string-width (an independent
 * measure) and by cohort's own, wrapped at spaces with the words unchanged,
 * each warning still starting with its label and location and the lines it
 * goes on with indented. When stderr is not a terminal the bytes are those
 * scripts always read, whatever COLUMNS says.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { visibleWidth } from "../../src/format/fit-width.js";
import { ROOT, run } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-stderr-width-check-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A Swedish program with two YAML warnings (a custom tag, a number written otherwise).
writeFileSync(
  join(dir, "sv.yaml"),
  readFileSync(join(ROOT, "fixtures/language/sv.yaml"), "utf8")
    .replace(/^(\s+)total: (\d+)$/m, "$1total: +$2")
    .replace(/^owner: (.*)$/m, "owner: !ref $1"),
);
writeFileSync(join(dir, "sv.csv"), readFileSync(join(ROOT, "fixtures/language/sv.csv")));

// A Norwegian program with leader groups: a group of one, a group too large for its class.
writeFileSync(
  join(dir, "grupper.yaml"),
  `id: grupper
name: Grupper
owner: Test
locale: nb
country: "NO"
applicants:
  id: ID
  fields:
    score: { type: number, column: Poeng }
  choices: { column: Ønske }
  team: { column: Gruppe }
seats:
  total: 5
  ranking: [{ field: score }]
intakes:
  - id: "2027"
    classes:
      - { id: a, label: A-klassen, site: Oslo, seats: 3 }
      - { id: b, label: B-klassen, site: Bergen, seats: 2 }
`,
);
writeFileSync(
  join(dir, "grupper.csv"),
  "ID,Gruppe,Poeng,Ønske\nP-1,T1,10,a\nP-2,T1,9,a\nP-3,T2,8,a\nP-4,T3,7,b\nP-5,T3,6,b\nP-6,T3,5,b\nP-7,,4,a\n",
);

const lines = (text: string) => text.replace(/\n$/, "").split("\n");
const words = (text: string) => text.replace(/\s+/g, "");

const expectFits = (text: string, width: number) => {
  for (const line of lines(text)) {
    expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    expect(visibleWidth(line), line).toBeLessThanOrEqual(width);
  }
};

/** The same words; each line of `wide` begins a line of `fitted`, the lines it goes on with two spaces in. */
const expectWrapped = (fitted: string, wide: string) => {
  expect(words(fitted)).toBe(words(wide));
  const firsts = lines(fitted).filter((l) => !l.startsWith(" "));
  expect(firsts).toHaveLength(lines(wide).length);
  for (const [i, line] of lines(wide).entries())
    expect(line.startsWith(firsts[i]!), line).toBe(true);
  for (const line of lines(fitted).filter((l) => l.startsWith(" ")))
    expect(line).toMatch(/^ {2}\S/);
  expect(lines(fitted).length).toBeGreaterThan(lines(wide).length);
};

const CASES = [
  {
    name: "check: the program's warnings and the summary",
    args: ["check", "sv.yaml", "sv.csv", "--format", "csv"],
    starts: /^varning: sv\.yaml:\d+:\d+:/,
    warnings: 2,
  },
  {
    name: "allocate: the program's warnings and the summary",
    args: ["allocate", "sv.yaml", "sv.csv", "--format", "csv"],
    starts: /^varning: sv\.yaml:\d+:\d+:/,
    warnings: 2,
  },
  {
    name: "check: the leader-group warnings",
    args: ["check", "grupper.yaml", "grupper.csv", "--intake", "2027", "--format", "csv"],
    starts: /^advarsel: grupper\.csv:\d+:/,
    warnings: 2,
  },
  {
    name: "allocate: the leader-group warnings",
    args: ["allocate", "grupper.yaml", "grupper.csv", "--intake", "2027", "--format", "csv"],
    starts: /^advarsel: grupper\.csv:\d+:/,
    warnings: 2,
  },
] as const;

describe.each([40, 80])("stderr a terminal of %i columns", (width) => {
  it.each(CASES)("$name fit, each warning at its place", async ({ args, starts, warnings }) => {
    const wide = await run([...args], { cwd: dir });
    const fitted = await run([...args], { cwd: dir, stderrTty: { columns: width } });
    expect(fitted.error).toBeUndefined();
    expect(fitted.code).toBe(wide.code);
    expect(lines(wide.stderr).filter((l) => starts.test(l))).toHaveLength(warnings);
    // Before fitting, the warnings are wider than the terminal.
    expect(lines(wide.stderr).some((l) => stringWidth(l) > width)).toBe(true);
    expectFits(fitted.stderr, width);
    expectWrapped(fitted.stderr, wide.stderr);
    expect(lines(fitted.stderr).filter((l) => starts.test(l))).toHaveLength(warnings);
    // stdout is not a terminal: its bytes do not change.
    expect(fitted.stdout).toBe(wide.stdout);
  });

  it("COLUMNS decides the width of a terminal stderr", async () => {
    const args = ["check", "sv.yaml", "sv.csv", "--format", "csv"];
    const asked = await run(args, {
      cwd: dir,
      env: { COLUMNS: String(width) },
      stderrTty: { columns: 200 },
    });
    const own = await run(args, { cwd: dir, stderrTty: { columns: width } });
    expect(asked.stderr).toBe(own.stderr);
  });
});

describe("stderr not a terminal", () => {
  it.each(CASES)("$name: one line each, whatever COLUMNS says", async ({ args, starts }) => {
    const piped = await run([...args], { cwd: dir, env: { COLUMNS: "40" } });
    const plain = await run([...args], { cwd: dir });
    expect(piped.stderr).toBe(plain.stderr);
    expect(lines(plain.stderr).some((l) => starts.test(l) && stringWidth(l) > 80)).toBe(true);
    expect(lines(plain.stderr).some((l) => l.startsWith(" "))).toBe(false);
  });

  it("keeps the English of a run in English, on one line", async () => {
    const plain = await run(["check", "sv.yaml", "sv.csv", "--format", "csv", "--lang", "en"], {
      cwd: dir,
    });
    expect(plain.stderr).toMatch(/^warning: sv\.yaml:\d+:\d+: .*\(yaml-unknown-tag\)$/m);
  });
});

describe("a name wider than the terminal", () => {
  it("stands whole on its line rather than be cut", async () => {
    const long = `${"søkerliste-".repeat(5)}med mellomrom.csv`;
    writeFileSync(join(dir, long), readFileSync(join(dir, "grupper.csv")));
    const fitted = await run(
      ["check", "grupper.yaml", long, "--intake", "2027", "--format", "csv"],
      {
        cwd: dir,
        stderrTty: { columns: 40 },
      },
    );
    const warnings = lines(fitted.stderr).filter((l) => l.startsWith("advarsel:"));
    expect(warnings).toHaveLength(2);
    // The label, then the file name on a line of its own, whole with its spaces.
    for (const w of warnings) expect(w).toBe("advarsel:");
    expect(lines(fitted.stderr)).toContain(`  ${long}:4:`);
    expect(lines(fitted.stderr)).toContain(`  ${long}:5:`);
  });
});
