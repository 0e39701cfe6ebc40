/**
 * Every word in the program's language: check, allocate, list and schedule
 * output of a Swedish, a Danish and a Nynorsk program holds no English word
 * of the tool's own, in the tables, the warnings on stderr and the xlsx
 * workbook (read back with the spreadsheet reader), the rarer problems of
 * invalid rows included (fixtures/language/<code>-classes.csv). The search
 * for English words is english-words.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Locale } from "../../src/core/language/index.js";
import { englishIn } from "./english-words.js";
import { ROOT, runCli } from "./run-cli.js";

const workbookText = (file: string): string => {
  const book = XLSX.read(readFileSync(file));
  return [
    ...book.SheetNames,
    ...book.SheetNames.flatMap((name) =>
      XLSX.utils
        .sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1 })
        .map((row) => row.join(" ")),
    ),
  ].join("\n");
};

const dir = mkdtempSync(join(tmpdir(), "cohort-language-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES: [Locale, string, string][] = [
  ["sv", "fixtures/language/sv.yaml", "fixtures/language/sv.csv"],
  ["da", "fixtures/language/da.yaml", "fixtures/language/da.csv"],
  ["nn", "fixtures/language/nn.yaml", "fixtures/language/nn.csv"],
];

const [, SV_PROGRAM, SV_LIST] = FIXTURES[0]!;

describe("the English words the search looks for", () => {
  it("are found in English output, so that the search can fail", () => {
    const result = runCli(["allocate", SV_PROGRAM, SV_LIST, "--format", "table", "--lang", "en"]);
    expect(englishIn(result.stdout, "sv")).toEqual(
      expect.arrayContaining(["admitted", "waitlist", "quota", "seed"]),
    );
    // The rarer problems, the warnings, list and schedule too.
    const nn = ["fixtures/language/nn-classes.yaml", "fixtures/language/nn-classes.csv"];
    const check = runCli(["check", ...nn, "--format", "table", "--lang", "en"]);
    expect(englishIn(check.stdout + check.stderr, "nn")).toEqual(
      expect.arrayContaining(["character", "choice", "month", "falls", "holiday"]),
    );
    const list = runCli(["list", nn[0]!, "--today", "2026-10-01", "--lang", "en"]);
    expect(englishIn(list.stdout, "nn")).toEqual(expect.arrayContaining(["running", "seats"]));
    const schedule = runCli(["schedule", nn[0]!, "--lang", "en"]);
    expect(englishIn(schedule.stdout, "nn")).toEqual(expect.arrayContaining(["weekend"]));
  });
});

describe.each(FIXTURES)("a %s program", (locale, program, list) => {
  it("check: the table and the summary hold no English word", () => {
    const table = runCli(["check", program, list, "--format", "table"]);
    expect(table.code).toBe(0);
    expect(englishIn(table.stdout, locale)).toEqual([]);
    const csv = runCli(["check", program, list, "--format", "csv"]);
    expect(englishIn(csv.stderr, locale)).toEqual([]);
    // Dates inside generated rule texts are written the local way.
    expect(table.stdout).toMatch(locale === "sv" ? /12 april 2026/ : /12\. april 2026/);
    expect(table.stdout).not.toContain("2026-04-12");
  });

  it("allocate: the table, the summary on stderr and the workbook hold no English word", () => {
    const table = runCli(["allocate", program, list, "--format", "table"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("GROUP_FULL:");
    expect(englishIn(table.stdout, locale)).toEqual([]);
    const file = join(dir, `${locale}.xlsx`);
    const xlsx = runCli(["allocate", program, list, "--format", "xlsx", "-o", file]);
    expect(xlsx.code).toBe(0);
    expect(englishIn(xlsx.stderr, locale)).toEqual([]);
    const book = workbookText(file);
    expect(book).toContain(LANGUAGES[locale].decision.workbook.summarySheet);
    expect(englishIn(book, locale)).toEqual([]);
  });

  it("allocate: csv and json keep their English keys and enum values, with the reasons in words", () => {
    const csv = runCli(["allocate", program, list, "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe(
      "id,outcome,quota,rank,position,position_in_quota,code,reason,transferred,newly_offered",
    );
    const json = JSON.parse(runCli(["allocate", program, list, "--format", "json"]).stdout);
    expect(json.applicants[0].outcome).toBe("admitted");
    expect(json.applicants[0].code).toBe("MERIT");
    expect(englishIn(json.applicants[0].reason, locale)).toEqual([]);
  });
});

describe("the shipped Swedish program", () => {
  // The shipped list without its invalid row, for runs that end 0; the row's
  // problem in Swedish is the last test of this block.
  const shipped = readFileSync(join(ROOT, "fixtures/check/ledarskaps-st.csv"), "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("S-08;"))
    .join("\n");
  const list = join(dir, "ledarskaps-st.csv");
  writeFileSync(list, shipped);

  it("check: the table holds no English word", () => {
    const table = runCli(["check", "programs/ledarskaps-st.yaml", list, "--format", "table"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("inte behörig");
    expect(englishIn(table.stdout, "sv")).toEqual([]);
  });

  it("check and allocate word the common cell problems of invalid rows in the program's language", () => {
    // The shipped list's row S-08 has a value that is none of an enum's.
    const full = join(ROOT, "fixtures/check/ledarskaps-st.csv");
    const table = runCli(["check", "programs/ledarskaps-st.yaml", full, "--format", "table"]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain("ska vara ett av ST-läkare, specialistläkare eller annan");
    expect(englishIn(table.stdout, "sv")).toEqual([]);
    // JSON keeps the English message, as documented.
    const json = JSON.parse(
      runCli(["check", "programs/ledarskaps-st.yaml", full, "--format", "json"]).stdout,
    );
    const invalid = json.applicants.find((a: { id: string }) => a.id === "S-08");
    expect(invalid.problems[0]).toEqual({
      column: "Befattning",
      value: expect.any(String),
      message: "expected one of ST-läkare, specialistläkare or annan",
    });
  });
});

describe("--lang", () => {
  it("words one run in another language than the program's", () => {
    const result = runCli(["check", "programs/ledarskaps-st.yaml", list(), "--lang", "da"]);
    expect(result.stderr).toContain("ansøgere");
    expect(result.stderr).toContain("ikke kvalificerede");
  });

  it("with --audit: the record names the language, and verify re-runs it in that language", () => {
    const audit = join(dir, "audit-en.json");
    const made = runCli(["allocate", SV_PROGRAM, SV_LIST, "--lang", "en", "--audit", audit]);
    expect(made.stderr).not.toMatch(/^\s+at /m);
    expect([0, 1]).toContain(made.code);
    const record = JSON.parse(readFileSync(audit, "utf8"));
    expect(record.language).toBe("en");
    const waiting = record.outcomes.find((o: { outcome: string }) => o.outcome === "waitlisted");
    expect(englishIn(waiting.reason, "sv")).not.toEqual([]);
    const verified = runCli(["verify", audit, "--program", SV_PROGRAM, "--applicants", SV_LIST]);
    expect(verified.stdout).toMatch(/^verified: \d+ outcomes reproduced exactly/m);
    expect(verified.code).toBe(0);
  });
});

/** The programs with classes, dated modules and a list of every rarer problem. */
const CLASSES: [Locale, string, string, string[]][] = [
  ["sv", "fixtures/language/sv-classes.yaml", "fixtures/language/sv-classes.csv", []],
  ["da", "fixtures/language/da-classes.yaml", "fixtures/language/da-classes.csv", []],
  ["nn", "fixtures/language/nn-classes.yaml", "fixtures/language/nn-classes.csv", []],
  // --lang words a run in another language than the program's.
  ["sv", "fixtures/language/nn-classes.yaml", "fixtures/language/nn-classes.csv", ["--lang", "sv"]],
];

/** The rarer problems' words, in the language: what a native reader finds in the table. */
const RARE: Record<"sv" | "da" | "nn", string[]> = {
  sv: [
    "2014-02-30 är inget giltigt datum: februari 2014 har bara 28 dagar",
    "2014-13-01 är inget giltigt datum: det finns ingen månad 13",
    "sökande-id:t innehåller ett osynligt tecken (U+200B) på position 3",
    "är varken en klass eller en studieort i programmet",
    "upprepar val 1",
    "inget val är angivet",
  ],
  da: [
    "2014-02-30 er ikke en gyldig dato: februar 2014 har kun 28 dage",
    "2014-13-01 er ikke en gyldig dato: der findes ingen måned 13",
    "ansøger-id'et indeholder et usynligt tegn (U+200B) på plads 3",
    "er hverken et hold eller et studiested i programmet",
    "gentager prioritet 1",
    "der er ikke angivet nogen prioritet",
  ],
  nn: [
    "2014-02-30 er ingen gyldig dato: februar 2014 har berre 28 dagar",
    "2014-13-01 er ingen gyldig dato: det finst ingen månad 13",
    "søkjar-ID-en inneheld eit usynleg teikn (U+200B) på plass 3",
    "er verken ein klasse eller ein studiestad i programmet",
    "gjentek val 1",
    "ingen val er fylte ut",
  ],
};

/** Words of Bokmål that Nynorsk writes otherwise: a Nynorsk text must hold none. */
const BOKMAL = [
  "ikke",
  "hvilken",
  "mangler",
  "søker",
  "søkere",
  "gyldige valg",
  "opptaket har",
  "faller",
  "en helligdag",
  "finnes",
  "uten",
  "hoppet",
];

/** A boxed table's text as one line: cells wrapped onto the next row read on. */
const flat = (table: string): string => table.replace(/[│┌┐└┘├┤┬┴┼─]/g, " ").replace(/\s+/g, " ");

describe.each(CLASSES)("a %s program with classes (%s %s %j)", (locale, program, list, lang) => {
  // The file's own name (…-classes.yaml) is the user's, not the tool's: left out of the search.
  const cli = (args: string[]) => {
    const result = runCli([...args, ...lang], { env: { COLUMNS: "200" } });
    const own = (text: string) => text.replaceAll(program, "§");
    return { ...result, stdout: own(result.stdout), stderr: own(result.stderr) };
  };

  it("check: the rarer problems of invalid rows, the table and the warnings hold no English word", () => {
    const table = cli(["check", program, list, "--format", "table"]);
    expect(table.code).toBe(1);
    for (const words of RARE[locale as "sv" | "da" | "nn"])
      expect(flat(table.stdout)).toContain(words);
    expect(englishIn(table.stdout, locale)).toEqual([]);
    // The program's warnings on stderr: the word for warning, the words, local dates.
    const warning = LANGUAGES[locale].decision.summary.warning;
    expect(table.stderr).toContain(`${warning}: §:`);
    expect(table.stderr).toMatch(/(module-weekend)/);
    expect(table.stderr).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(englishIn(table.stderr.replace(/\(module-[a-z]+\)/g, ""), locale)).toEqual([]);
    if (locale === "nn" && lang.length === 0)
      for (const word of BOKMAL)
        expect(`${table.stdout}${table.stderr}`.toLowerCase()).not.toContain(` ${word} `);
    // --explain of an invalid row.
    const explain = cli(["check", program, list, "--explain", "K-7"]);
    expect(englishIn(explain.stdout, locale)).toEqual([]);
    expect(flat(explain.stdout)).toContain(RARE[locale as "sv" | "da" | "nn"][0]);
    // The workbook.
    const file = join(dir, `check-${locale}-${lang.length}.xlsx`);
    expect(cli(["check", program, list, "--format", "xlsx", "-o", file]).code).toBe(1);
    const book = workbookText(file);
    expect(book).toContain(RARE[locale as "sv" | "da" | "nn"][1]);
    expect(englishIn(book, locale)).toEqual([]);
  });

  it("check: JSON keeps the English message of every problem, for scripts", () => {
    const json = JSON.parse(cli(["check", program, list, "--format", "json"]).stdout);
    const row = json.applicants.find((a: { line: number }) => a.line === 8);
    expect(row.problems[0].message).toBe("2014-02-30 is not a date: February 2014 has 28 days");
    expect(Object.keys(row.problems[0])).toEqual(["column", "value", "message"]);
  });

  it("allocate: the reasons of invalid rows, the table and the workbook hold no English word", () => {
    const table = cli(["allocate", program, list, "--format", "table"]);
    expect(table.code).toBe(1);
    expect(englishIn(table.stdout, locale)).toEqual([]);
    const file = join(dir, `allocate-${locale}-${lang.length}.xlsx`);
    expect(cli(["allocate", program, list, "--format", "xlsx", "-o", file]).code).toBe(1);
    const book = workbookText(file);
    for (const words of RARE[locale as "sv" | "da" | "nn"]) expect(book).toContain(words);
    expect(englishIn(book, locale)).toEqual([]);
  });

  it("schedule: the table and markdown, warnings included, hold no English word", () => {
    for (const format of ["table", "markdown"]) {
      const out = cli(["schedule", program, "--format", format]);
      expect(out.code).toBe(0);
      const text = out.stdout.replace(/\bmodule-(weekend|holiday)\b/g, "");
      expect(englishIn(text, locale)).toEqual([]);
      // Dates inside the warnings the local way.
      expect(text).toMatch(locale === "sv" ? /\(5 september 2026\)/ : /\(5\. september 2026\)/);
    }
  });

  it("list: the headers, the statuses and the line under the table hold no English word", () => {
    const out = cli(["list", program, "--today", "2026-10-01"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(LANGUAGES[locale].list.status.running);
    expect(englishIn(out.stdout, locale)).toEqual([]);
    expect(out.stdout).toMatch(locale === "sv" ? /1 oktober 2026\./ : /1\. oktober 2026\./);
  });
});

function list(): string {
  return "fixtures/check/ledarskaps-st.csv";
}
