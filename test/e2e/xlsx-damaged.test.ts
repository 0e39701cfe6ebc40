/**
 * A damaged workbook is told in the program's language (or --lang's) by the
 * kind of damage: the zip archive cut short, or contents SheetJS cannot
 * read. The reader's own words appear only under --debug, as the cause.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWorkbook } from "../fuzz/workbook-mutations.js";
import { ROOT, runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "cohort-xlsx-damaged-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const list = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");
const { bytes } = buildWorkbook(list, []);
// The part that says what the archive holds, renamed: the zip is whole, SheetJS refuses it.
const unreadable = join(dir, "innhold.xlsx");
writeFileSync(
  unreadable,
  Buffer.from(
    bytes.toString("latin1").replaceAll("[Content_Types].xml", "[Content_Typex].xml"),
    "latin1",
  ),
);
// Cut short: the zip directory at its end is gone.
const cut = join(dir, "avkortet.xlsx");
writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));

const check = (file: string, ...more: string[]) =>
  runCli(["check", "topplederprogrammet", file, "--format", "csv", ...more]);

describe("a damaged workbook", () => {
  it("whose contents SheetJS cannot read is told in the program's language, without SheetJS's words", () => {
    const result = check(unreadable);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `cohort: ${unreadable} kunne ikke leses som en Excel-arbeidsbok: innholdet er ikke slik Excel lagrer en arbeidsbok (--debug viser hva leseren meldte)\n`,
    );
    const sv = check(unreadable, "--lang", "sv");
    expect(sv.stderr).toBe(
      `cohort: ${unreadable} kunde inte läsas som en Excel-arbetsbok: innehållet är inte en arbetsbok så som Excel sparar den (--debug visar vad läsaren rapporterade)\n`,
    );
  });

  it("shows what SheetJS said under --debug, as the cause", () => {
    const result = runCli([
      "--debug",
      "check",
      "topplederprogrammet",
      unreadable,
      "--format",
      "csv",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toMatch(/innholdet er ikke slik Excel lagrer/);
    expect(result.stderr).toMatch(/^caused by: Error: Unsupported ZIP file/m);
  });

  it("cut short is told so, in the program's language and in English", () => {
    const nb = check(cut);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toBe(
      `cohort: ${cut} kunne ikke leses som en Excel-arbeidsbok: zip-arkivet har ingen innholdsfortegnelse (er filen avkortet?)\n`,
    );
    const en = check(cut, "--lang", "en");
    expect(en.stderr).toBe(
      `cohort: ${cut} could not be read as an Excel workbook: the zip archive has no directory (is the file cut short?)\n`,
    );
  });
});
