/**
 * Every word in the program's language: check and allocate output of a
 * Swedish, a Danish and a Nynorsk program holds no English word of the
 * tool's own, in the table and in the xlsx workbook (read back with the
 * spreadsheet reader). The English words are those the English language
 * module writes, less the words the tested language writes the same way
 * ("Program", "min"). Codes (MERIT, GROUP_FULL) are English identifiers
 * for scripts by design and are taken out before the search.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Locale } from "../../src/core/language/index.js";
import { ROOT, runCli } from "./run-cli.js";

/** Every text a language module's decision and date words produce. */
const texts = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  if (typeof value === "function") {
    // Most words take numbers and names; the few that take lists (the
    // targets a seat is held for together) are called with lists.
    try {
      return [String(value(1, 1, 1, 1))];
    } catch {
      return [String(value(["1"], ["1"], 1, 1))];
    }
  }
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
};

const wordsOf = (locale: Locale): Set<string> => {
  const { decision, dates, rules } = LANGUAGES[locale];
  const all = texts([decision, dates, rules]).join(" ");
  return new Set((all.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w));
};

/** Words the tool wrote in English before, also outside the language module. */
const ALWAYS = ["applicants", "eligible", "waitlist", "summary", "seed", "seats", "quota"];

const englishWords = (locale: Locale): string[] => {
  const own = wordsOf(locale);
  return [...new Set([...wordsOf("en"), ...ALWAYS])].filter((w) => !own.has(w));
};

const CODES = /\b[A-Z]+(?:_[A-Z]+)*\b(?=:|$|\s)/gm;

const englishIn = (text: string, locale: Locale): string[] => {
  const plain = text.replace(CODES, "");
  return englishWords(locale).filter((w) =>
    new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "iu").test(plain),
  );
};

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

  it("is refused together with --audit, whose reasons verify words again", () => {
    const result = runCli([
      "allocate",
      SV_PROGRAM,
      SV_LIST,
      "--lang",
      "en",
      "--audit",
      join(dir, "audit.json"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--audit records the reasons in the program's own language");
  });
});

function list(): string {
  return "fixtures/check/ledarskaps-st.csv";
}
