/**
 * Errors that stop a run because of its inputs, in the program's language:
 * check and allocate on a Swedish, a Danish and a Nynorsk program with a list
 * that lacks a required column, one that is not UTF-8, a path that cannot be
 * read and an audit record that is not one print their error with no English
 * word of the tool's own, with the exit codes they always had; --lang words
 * one run in another language; English is what it was. An error on a
 * terminal of 40 columns is wrapped to it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Locale } from "../../src/core/language/index.js";
import { inputProblemWords } from "../../src/core/language/input-error-words.js";
import { ALL_SAMPLES } from "../core/language/input-problem-samples.js";
import { DECISION_PARTS, englishIn } from "./english-words.js";
import { BIN, ROOT, runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-input-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MISSING = join(dir, "mangler.csv");
writeFileSync(MISSING, "Namn;E-post\nA;a@example.org\n");
const LATIN1 = join(dir, "latin1.csv");
writeFileSync(LATIN1, Buffer.from("S\xf8ker;B\n", "latin1"));
const FOLDER = join(dir, "mappe.csv");
mkdirSync(FOLDER);
const NOT_AUDIT = join(dir, "logg.json");
writeFileSync(NOT_AUDIT, "this is not json");
const DECLINED = join(dir, "nei.txt");
writeFileSync(DECLINED, "X-1\n");

/** The input errors' own words, of both languages compared, besides the language modules'. */
const errorWords = (locale: Locale): string[] =>
  ALL_SAMPLES.map((p) => inputProblemWords(LANGUAGES[locale].inputErrors, p));

/** stderr without the paths of this run's files, whose folder name is no word of the tool's. */
const words = (stderr: string): string => stderr.replaceAll(dir, "");

const englishOf = (stderr: string, locale: Locale) =>
  englishIn(words(stderr), locale, DECISION_PARTS, errorWords);

const PROGRAMS: [Locale, string, string][] = [
  ["sv", "fixtures/language/sv.yaml", "fixtures/language/sv.csv"],
  ["da", "fixtures/language/da.yaml", "fixtures/language/da.csv"],
  ["nn", "fixtures/language/nn.yaml", "fixtures/language/nn.csv"],
];

describe("the search for English words in errors", () => {
  it("finds them in the English error, so that it can fail", () => {
    const result = runCli(["check", PROGRAMS[0]![1], MISSING, "--lang", "en"]);
    expect(englishOf(result.stderr, "sv")).toEqual(
      expect.arrayContaining(["missing", "required", "columns"]),
    );
  });
});

describe.each(PROGRAMS)("a %s program", (locale, program, list) => {
  const expectIn = (result: { stderr: string; code: number | null }, code: number) => {
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).toMatch(/^cohort: /);
    expect(englishOf(result.stderr, locale)).toEqual([]);
  };

  it("check: a list without a required column (exit 1, located at its header)", () => {
    const result = runCli(["check", program, MISSING]);
    expectIn(result, 1);
    expect(result.stderr).toContain(`${MISSING}:1: `);
    const header = LANGUAGES[locale].inputErrors["columns-missing"]({
      code: "columns-missing",
      missing: ["x"],
      found: [],
    });
    // The words of that language: "saknas", "mangler", "manglar".
    expect(result.stderr).toContain(header.split(" ").at(-4)!);
  });

  it("allocate: a list without a required column", () => {
    expectIn(runCli(["allocate", program, MISSING]), 1);
  });

  it("check: a list that is not UTF-8 (exit 2, at its line)", () => {
    const result = runCli(["check", program, LATIN1, "--encoding", "utf-8"]);
    expectIn(result, 2);
    expect(result.stderr).toContain(`${LATIN1}:1: `);
    expect(result.stderr).toContain("windows-1252");
  });

  it("check and allocate: a list that is not there, or a folder", () => {
    expectIn(runCli(["check", program, join(dir, "ingen.csv")]), 2);
    expectIn(runCli(["allocate", program, FOLDER]), 2);
  });

  it("allocate --from: an audit record that is not one", () => {
    const result = runCli(["allocate", program, list, "--from", NOT_AUDIT, "--declined", DECLINED]);
    expectIn(result, 2);
    expect(result.stderr).toContain("JSON");
  });
});

describe("the language of an input error", () => {
  it("is --lang's when given, for one run", () => {
    const result = runCli(["check", "fixtures/language/sv.yaml", MISSING, "--lang", "da"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("mangler; listen har »Namn«, »E-post«");
    expect(englishOf(result.stderr, "da")).toEqual([]);
  });

  it("is English as it always was with --lang en", () => {
    const result = runCli(["check", "fixtures/language/nn.yaml", MISSING, "--lang", "en"]);
    expect(result.stderr).toBe(
      `cohort: ${MISSING}:1: missing required columns "Søkjar-ID", "Sektor", "Region", "Leiar sidan", "Nominert", "Poeng"; the list has "Namn", "E-post"\n`,
    );
    expect(result.code).toBe(1);
  });

  it("is English or --lang's before a program is read", () => {
    const missing = join(dir, "ingen.yaml");
    const plain = runCli(["check", missing, MISSING]);
    expect(plain.stderr).toBe(`cohort: no such file: ${missing}\n`);
    expect(plain.code).toBe(2);
    const sv = runCli(["check", missing, MISSING, "--lang", "sv"]);
    expect(sv.stderr).toBe(`cohort: filen finns inte: ${missing}\n`);
    expect(sv.code).toBe(2);
  });
});

const hasScript = (() => {
  const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && /util-linux/.test(probe.stdout + probe.stderr);
})();
if (!hasScript) console.warn("skipped: util-linux script(1) is not installed");

describe.runIf(hasScript)("an input error on a terminal of 40 columns", () => {
  const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;
  const onTerminal = (args: string[], redirect = "") => {
    const cohort = [process.execPath, BIN, ...args].map(quote).join(" ");
    return spawnSync(
      "script",
      ["-qfec", `stty cols 40 rows 40; ${cohort} ${redirect}`, "/dev/null"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TZ: "Europe/Oslo", TERM: "xterm" },
        timeout: 60_000,
      },
    );
  };

  it("is wrapped to the width at spaces, the lines after the first indented", () => {
    const result = onTerminal(["check", "fixtures/language/nn.yaml", MISSING]);
    const lines = result.stdout.replace(/\r/g, "").trimEnd().split("\n");
    expect(lines[0]).toMatch(/^cohort:/);
    expect(lines.length).toBeGreaterThan(3);
    // The path of the list is one word, longer than the line: it stands whole.
    const path = `${MISSING}:1:`;
    for (const line of lines) {
      if (!line.includes(path)) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    }
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/);
    expect(lines.join(" ").replace(/ {2,}/g, " ")).toContain("dei påkravde kolonnane");
  });

  it("is left as it is when stderr is a file", () => {
    const file = join(dir, "stderr.txt");
    onTerminal(["check", "fixtures/language/nn.yaml", MISSING], `2> ${quote(file)}`);
    const direct = runCli(["check", "fixtures/language/nn.yaml", MISSING]);
    expect(direct.stderr.split("\n")).toHaveLength(2);
    expect(readFileSync(file, "utf8")).toBe(direct.stderr);
  });
});
