/**
 * A workbook whose archive lacks a part its workbook names, built here: the
 * shared strings (the text of the cells) or the sheet read. SheetJS reads
 * either as a workbook with no sheets; cohort names the part that is
 * missing, in every language, and still reads a sheet whose own part is there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, type Locale } from "../../../src/core/language/index.js";
import type { CohortError } from "../../../src/errors.js";
import { inputErrorText } from "../../../src/format/input-error.js";
import { readXlsx } from "../../../src/io/applicants/xlsx-reader.js";
import { ROOT } from "../../e2e/run-cli.js";
import { buildWorkbook, type WorkbookMutation } from "../../fuzz/workbook-mutations.js";

const LIST = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");

/** The workbook with an entry renamed in the archive (a name of the same length: the zip stays whole). */
const renamed = (from: string, to: string, mutations: WorkbookMutation[] = []): Buffer => {
  expect(to).toHaveLength(from.length);
  const bytes = buildWorkbook(LIST, mutations).bytes.toString("latin1");
  expect(bytes).toContain(from);
  return Buffer.from(bytes.replaceAll(from, to), "latin1");
};

const refusal = (bytes: Buffer): CohortError => {
  try {
    readXlsx(bytes, { display: "liste.xlsx" });
  } catch (error) {
    return error as CohortError;
  }
  throw new Error("not refused");
};

const FRAME: Record<Locale, string> = {
  nb: "liste.xlsx kunne ikke leses som en Excel-arbeidsbok: ",
  nn: "liste.xlsx kunne ikkje lesast som ei Excel-arbeidsbok: ",
  sv: "liste.xlsx kunde inte läsas som en Excel-arbetsbok: ",
  da: "liste.xlsx kunne ikke læses som en Excel-projektmappe: ",
  fi: "tiedostoa liste.xlsx ei voitu lukea Excel-työkirjana: ",
  en: "liste.xlsx could not be read as an Excel workbook: ",
};

const SHARED: Record<Locale, string> = {
  nb: "delen xl/sharedStrings.xml, der teksten i cellene står, mangler",
  nn: "delen xl/sharedStrings.xml, der teksten i cellene står, manglar",
  sv: "delen xl/sharedStrings.xml, där cellernas text finns, saknas",
  da: "delen xl/sharedStrings.xml, hvor cellernes tekst står, mangler",
  fi: "siitä puuttuu osa xl/sharedStrings.xml, johon solujen tekstit on tallennettu",
  en: "it has no xl/sharedStrings.xml, the part that holds the text of its cells",
};

const SHEET: Record<Locale, string> = {
  nb: "delen xl/worksheets/sheet1.xml med arket «Søkere» mangler",
  nn: "delen xl/worksheets/sheet1.xml med arket «Søkere» manglar",
  sv: "delen xl/worksheets/sheet1.xml med bladet ”Søkere” saknas",
  da: "delen xl/worksheets/sheet1.xml med arket »Søkere« mangler",
  fi: "siitä puuttuu taulukon ”Søkere” osa xl/worksheets/sheet1.xml",
  en: 'it has no xl/worksheets/sheet1.xml, the part that holds its sheet "Søkere"',
};

describe("a workbook without a part it names", () => {
  it("without its shared strings says so, not that it has no sheets", () => {
    const error = refusal(renamed("xl/sharedStrings.xml", "xl/sharedStrinxx.xml"));
    expect(error.problem).toEqual({
      code: "xlsx-damaged",
      file: "liste.xlsx",
      damage: { kind: "shared-strings-missing", entry: "xl/sharedStrings.xml" },
    });
    for (const locale of Object.keys(LANGUAGES) as Locale[]) {
      const text = inputErrorText(error, locale);
      expect(text).toContain(SHARED[locale]);
      expect(text.startsWith(FRAME[locale]), text).toBe(true);
    }
  });

  it("without the part of the sheet read names the sheet and the part", () => {
    const error = refusal(renamed("xl/worksheets/sheet1.xml", "xl/worksheets/sheetX.xml"));
    expect(error.problem).toEqual({
      code: "xlsx-damaged",
      file: "liste.xlsx",
      damage: { kind: "sheet-missing", entry: "xl/worksheets/sheet1.xml", sheet: "Søkere" },
    });
    for (const locale of Object.keys(LANGUAGES) as Locale[])
      expect(inputErrorText(error, locale)).toContain(SHEET[locale]);
  });

  it("still reads a sheet whose part is there when another sheet's is missing", async () => {
    // The hidden first sheet "Gammel" is sheet1.xml; the list, read, is sheet2.xml.
    const bytes = renamed("xl/worksheets/sheet1.xml", "xl/worksheets/sheetX.xml", [
      { kind: "hidden-first", state: "hidden" },
    ]);
    const list = readXlsx(bytes, { display: "liste.xlsx" });
    expect(list.sheet).toBe("Søkere");
    const whole = readXlsx(buildWorkbook(LIST, [{ kind: "hidden-first", state: "hidden" }]).bytes, {
      display: "liste.xlsx",
    });
    const rows = async (l: typeof list) => {
      const out: string[][] = [];
      for await (const batch of l.batches) out.push(...batch.records);
      return out;
    };
    const read = await rows(list);
    expect(read.length).toBeGreaterThan(10);
    expect(read).toEqual(await rows(whole));
  });
});
