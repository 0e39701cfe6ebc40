/**
 * `cohort progress` in the program's language, through the built binary: a
 * roster with every kind of problem (fixtures/progress/language/<code>-roster.csv:
 * no id, an empty and an unknown class, a cell of another class's module, a
 * one-day and a several-day module filled in wrongly, a record value none of
 * its values, two rows of one participant, a column of no module; with
 * --audit a participant not admitted and one in another class) in Swedish,
 * Danish and Nynorsk, and in Bokmål, Finnish and English through --lang.
 * Every problem stays one located line (file:row:column) on a stderr that is
 * not a terminal, the exit code is 1, no English word of the tool's own is
 * left, and JSON keeps each problem's code and its English message.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES, type Locale } from "../../src/core/language/index.js";
import type { Language } from "../../src/core/language/language.js";
import { DECISION_PARTS, englishIn } from "./english-words.js";
import { runCli } from "./run-cli.js";

const PARTS: (keyof Language)[] = [...DECISION_PARTS, "progress", "rosterProblems", "letterNotes"];
const DIR = "fixtures/progress/language";
const AS_OF = ["--as-of", "2026-12-15"];

const temp = mkdtempSync(join(tmpdir(), "cohort-progress-language-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const audit = (program: string) => join(temp, `${program}-audit.json`);

beforeAll(() => {
  for (const program of ["sv", "da", "nn"]) {
    const made = runCli([
      "allocate",
      `${DIR}/${program}.yaml`,
      `${DIR}/${program}-applicants.csv`,
      "--audit",
      audit(program),
      "-o",
      join(temp, `${program}-result.json`),
    ]);
    expect(made.code, made.stderr).toBe(0);
  }
});

/** Row and column of every problem, in the order printed; the last two only with --audit. */
const LOCATED = [
  [1, 8],
  [3, 1],
  [4, 3],
  [5, 3],
  [6, 5],
  [7, 6],
  [8, 5],
  [9, 7],
  [10, 1],
  [11, 1],
];
const AUDITED = [...LOCATED, [12, 3], [13, 1]];

/** What a native reader finds: one sentence of each kind, in the language. */
const WORDS: Partial<Record<Locale, string[]>> = {
  sv: [
    "Sökande-ID: deltagaren har inget id",
    "Klass: klassen är inte ifylld; ange en av ”goteborg” eller ”malmo”",
    'Klass: ingen klass i antagningsomgången heter så; ange en av ”goteborg” eller ”malmo” ("stockholm")',
    "utbildningstillfället hör inte till deltagarens klass; lämna cellen tom",
    "ett utbildningstillfälle på en dag fylls i med ja eller nej (ja/nej, yes/no, true/false, 1/0 eller x)",
    "utbildningstillfället omfattar 2 dagar; ange hur många dagar deltagaren var med, 0 till 2, eller ja (alla dagar) eller nej",
    'Förbättringsarbete: ska vara ett av godkänt eller underkänt ("kanske")',
    "deltagaren står på flera rader (rad 10 och 11); ta bort de överflödiga",
    "stämmer inte med något av ”2026-09-07 Startträff (dagar, av 2)”, ”2026-09-14 Startträff (dagar, av 2)” eller ”2026-11-03 Avslutning (ja/nej)”",
  ],
  da: [
    "Ansøger-id: deltageren mangler et id",
    "Hold: holdet er ikke udfyldt; skriv et af »aarhus« eller »odense«",
    "intet af optagets hold har dette navn",
    "modulet hører ikke til deltagerens hold; lad cellen stå tom",
    "et modul på én dag udfyldes med ja eller nej",
    "modulet varer 2 dage; skriv, hvor mange dage deltageren var med, 0 til 2, eller ja (alle dage) eller nej",
    "deltageren står på flere rækker (række 10 og 11)",
  ],
  nn: [
    "Søkjar-ID: deltakaren manglar ID",
    "Klasse: klassen er ikkje fylt ut; skriv inn éin av «bergen» eller «oslo»",
    "ingen klasse i opptaket har dette namnet",
    "samlinga høyrer ikkje til klassen til deltakaren; lat cella stå tom",
    "ei samling på éin dag blir fylt ut med ja eller nei",
    "samlinga varer i 2 dagar; skriv inn kor mange dagar deltakaren var med",
    "deltakaren står på fleire rader (rad 10 og 11); fjern dei overflødige",
  ],
};

/** Words of Bokmål that Nynorsk writes otherwise. */
const BOKMAL = ["ikke", "mangler", "hører", "finnes", "uten", "deltakeren", "navnet", "cellen"];

/** Program fixture, the language its words are in, and the --lang that asks for it. */
const RUNS: [string, Locale, string[]][] = [
  ["sv", "sv", []],
  ["da", "da", []],
  ["nn", "nn", []],
  ["sv", "nb", ["--lang", "nb"]],
  ["da", "fi", ["--lang", "fi"]],
  ["nn", "en", ["--lang", "en"]],
];

describe.each(RUNS)("progress on the %s roster, in %s %j", (program, locale, lang) => {
  const yaml = `${DIR}/${program}.yaml`;
  const roster = `${DIR}/${program}-roster.csv`;
  const progress = (extra: string[]) => {
    const result = runCli(["progress", yaml, roster, ...AS_OF, ...lang, ...extra]);
    // The user's file names are not the tool's words.
    const own = (text: string) => text.replaceAll(roster, "§").replaceAll(audit(program), "AUDIT");
    return { ...result, stdout: own(result.stdout), stderr: own(result.stderr) };
  };
  /** The problem lines; the summary closes stderr unless the table is on stdout (it holds it). */
  const located = (stderr: string, summary = true) => {
    const lines = stderr.replace(/\n$/, "").split("\n");
    if (summary) expect(lines.pop()).toMatch(/^sprak-[a-z]+-[a-z]+: /);
    return lines;
  };

  it("every problem is one located line in the language; exit 1; no English word left", () => {
    const result = progress(["--format", "csv"]);
    expect(result.code).toBe(1);
    const lines = located(result.stderr);
    expect(lines.map((l) => /^§:(\d+):(\d+): /.exec(l)?.slice(1).map(Number))).toEqual(LOCATED);
    for (const words of WORDS[locale] ?? []) expect(result.stderr).toContain(words);
    if (locale !== "en") {
      expect(englishIn(result.stderr, locale, PARTS)).toEqual([]);
      expect(englishIn(result.stdout, locale, PARTS)).toEqual([]);
    }
    // The search finds English where it is, so that it can fail.
    if (locale === "en") expect(englishIn(result.stderr, "sv", PARTS).length).toBeGreaterThan(10);
    if (locale === "nn")
      for (const word of BOKMAL)
        expect(` ${result.stderr.toLowerCase()} `).not.toContain(` ${word} `);
  });

  it("with --audit: the participant not admitted and the one in another class too", () => {
    const result = progress(["--audit", audit(program), "--format", "table"]);
    expect(result.code).toBe(1);
    const lines = located(result.stderr, false);
    expect(lines.map((l) => /^§:(\d+):(\d+): /.exec(l)?.slice(1).map(Number))).toEqual(AUDITED);
    expect(lines[11]).toContain("X9");
    expect(lines[11]).toContain("AUDIT");
    expect(lines[10]).toContain("A9");
    if (locale !== "en") {
      expect(englishIn(result.stderr, locale, PARTS)).toEqual([]);
      expect(englishIn(result.stdout, locale, PARTS)).toEqual([]);
    }
  });

  it("JSON keeps every problem's kind, code and English message; stderr in English is that message", () => {
    const result = progress(["--audit", audit(program), "--format", "json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout) as {
      problems: { code: string; message: string; line: number }[];
      participants: { problems: { kind: string; code: string; message: string }[] }[];
    };
    const all = [...json.problems, ...json.participants.flatMap((p) => p.problems)];
    expect(all.map((p) => p.code)).toEqual([
      "column-unknown",
      "id-missing",
      "class-empty",
      "class-unknown",
      "module-not-in-class",
      "one-day",
      "days",
      "field",
      "duplicate",
      "duplicate",
      "other-class",
      "not-admitted",
    ]);
    expect(all[1]!.message).toBe("the participant has no id");
    expect(all[8]!.message).toBe(
      "the participant has more than one row (rows 10 and 11); keep one",
    );
    const english = LANGUAGES.en.rosterProblems;
    expect(all[6]!.message).toBe(english.days(2));
    if (locale === "en") {
      const lines = located(result.stderr);
      for (const [i, line] of lines.entries()) expect(line).toContain(all[i]!.message);
    }
  });
});

describe("the roster's missing columns", () => {
  it("stop the run (exit 2) with the columns named in the language", () => {
    const result = runCli(["progress", `${DIR}/da.yaml`, `${DIR}/sv-roster.csv`, ...AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("kolonnerne »Ansøger-id«, »2026-09-07 Opstart (dage, af 2)«");
    expect(result.stderr).toContain(
      "mangler; cohort roster skriver alle de kolonner, progress læser",
    );
  });
});
