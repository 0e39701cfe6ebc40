/**
 * The warnings about a program file that check prints on stderr are in the
 * program's language for the YAML ones too (`suppression-unused` is
 * validate's alone); English words are exactly validate's messages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWorkbook } from "../fuzz/workbook-mutations.js";
import { ROOT, run as runInProcess } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-warnings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A language fixture with a custom tag, a `!!binary` value and a number written otherwise. */
const programIn = (locale: string): string => {
  const text = readFileSync(join(ROOT, `fixtures/language/${locale}.yaml`), "utf8")
    .replace(/^(\s+)total: (\d+)$/m, "$1total: +$2")
    .replace(/^owner: (.*)$/m, "owner: !ref $1")
    .replace(/^name: (.*)$/m, "name: !!binary $1");
  const file = join(dir, `${locale}.yaml`);
  writeFileSync(file, text);
  return file;
};

const WORDS: Record<string, string[]> = {
  nn: ["taggen !ref er ukjend", "blir lese som talet 3", "høyrer ikkje heime i ei programfil"],
  sv: ["taggen !ref är okänd", "läses som talet 3", "hör inte hemma i en programfil"],
  da: ["tagget !ref er ukendt", "læses som tallet 3", "hører ikke hjemme i en programfil"],
};

describe.each(Object.keys(WORDS))("a %s program's YAML warnings", (locale) => {
  it("are worded in its language on check's stderr", async () => {
    const program = programIn(locale);
    const list = join(ROOT, `fixtures/language/${locale}.csv`);
    const run = await runInProcess(["check", program, list, "--format", "csv"]);
    expect(run.error).toBeUndefined();
    for (const words of WORDS[locale]!) expect(run.stderr).toContain(words);
    expect(run.stderr).toMatch(/\(yaml-unknown-tag\)/);
    expect(run.stderr).toMatch(/\(yaml-value-changed\)/);
    expect(run.stderr.match(/\(yaml-unknown-tag\)/g)).toHaveLength(2);
    // None of validate's English sentences is left.
    expect(run.stderr).not.toMatch(/is read as|has no place|custom tags/);
  });

  it("are validate's English messages with --lang en", async () => {
    const program = programIn(locale);
    const list = join(ROOT, `fixtures/language/${locale}.csv`);
    const english = await runInProcess(["check", program, list, "--format", "csv", "--lang", "en"]);
    const validate = await runInProcess(["validate", program, "--format", "json"]);
    const messages = (
      JSON.parse(validate.stdout).findings as { severity: string; message: string }[]
    )
      .filter((f) => f.severity === "warning")
      .map((f) => f.message);
    expect(messages.length).toBe(3);
    for (const message of messages) expect(english.stderr).toContain(message);
  });
});

describe("the sheet a workbook was read from, past hidden ones", () => {
  const dir = mkdtempSync(join(tmpdir(), "cohort-hidden-sheet-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const list = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");
  const book = join(dir, "søkere.xlsx");
  writeFileSync(book, buildWorkbook(list, [{ kind: "hidden-first", state: "hidden" }]).bytes);

  it("is told in the program's language, or in --lang's", async () => {
    const nb = await runInProcess(["check", "topplederprogrammet", book, "--format", "csv"]);
    expect(nb.stderr).toContain(
      `${book}: leste arket «Søkere»; hoppet over det skjulte arket «Gammel» foran det`,
    );
    const sv = await runInProcess([
      "check",
      "topplederprogrammet",
      book,
      "--format",
      "csv",
      "--lang",
      "sv",
    ]);
    expect(sv.stderr).toContain("läste bladet ”Søkere”; hoppade över det dolda bladet ”Gammel”");
    const en = await runInProcess([
      "check",
      "topplederprogrammet",
      book,
      "--format",
      "csv",
      "--lang",
      "en",
    ]);
    expect(en.stderr).toContain('read sheet "Søkere"; skipped the hidden sheet "Gammel" before it');
  });
});
