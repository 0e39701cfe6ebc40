/**
 * Excel as coordinators have it, through the command tree in this process:
 * ids that look like formulas stay exactly the id in a workbook (and are
 * neutralised in CSV), a workbook whose first sheet is not the list names the
 * one that is, and a formula without a saved value is reported with its cell.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "./run.js";

// The header of programs/topplederprogrammet.yaml's lists.
const COLUMNS = [
  "Søker-ID",
  "Navn",
  "Sektor",
  "Region",
  "Ledernivå",
  "Nominert",
  "Bekreftet av leder",
  "Leder siden",
  "Poeng",
  "Innsendt",
];

const temp = mkdtempSync(join(tmpdir(), "cohort-excel-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const row = (id: string, score = "80") => [
  id,
  "Kari Nordmann",
  "kommune",
  "nord",
  "strategisk",
  "ja",
  "nei",
  "2015-03-01",
  score,
  "2027-02-01 09:00",
];

const HOSTILE = ["=1+1", "+4712345678", "-5", "@SUM(A1)", "007"];

const csvFile = (name: string, rows: string[][]): string => {
  const file = join(temp, name);
  writeFileSync(file, `${[COLUMNS, ...rows].map((r) => r.join(";")).join("\n")}\n`);
  return file;
};

/** A workbook from rows, with the XML of its sheets changed by `patch` (what SheetJS cannot write). */
const workbookFile = (
  name: string,
  sheets: Record<string, string[][]>,
  patch: (xml: string, sheet: number) => string = (xml) => xml,
): string => {
  const book = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet);
  const zip = XLSX.CFB.read(XLSX.write(book, { type: "buffer", bookType: "xlsx" }), {
    type: "buffer",
  });
  Object.keys(sheets).forEach((_, i) => {
    const entry = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    entry.content = Buffer.from(patch(Buffer.from(entry.content).toString("utf8"), i));
    entry.size = entry.content.length;
  });
  const file = join(temp, name);
  writeFileSync(file, XLSX.CFB.write(zip, { fileType: "zip", type: "buffer" }));
  return file;
};

describe("ids that a spreadsheet would run as a formula", () => {
  const list = csvFile(
    "hostile.csv",
    HOSTILE.map((id) => row(id)),
  );

  it("check --format xlsx: text cells holding exactly the id, no apostrophe", async () => {
    const result = await run(["check", "topplederprogrammet", list, "--format", "xlsx", "-q"]);
    expect(result.code).toBe(0);
    const sheet = XLSX.read(result.bytes).Sheets.Søkere!;
    HOSTILE.forEach((id, i) => {
      expect(sheet[`A${i + 2}`], id).toMatchObject({ t: "s", v: id });
      expect(sheet[`A${i + 2}`]?.f, id).toBeUndefined();
    });
  });

  it("allocate --format xlsx: the same", async () => {
    const result = await run(["allocate", "topplederprogrammet", list, "--format", "xlsx", "-q"]);
    const sheet = XLSX.read(result.bytes).Sheets["Tatt opp"]!;
    const ids = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 }).slice(1);
    expect(ids.map((r) => r[0]).sort()).toEqual([...HOSTILE].sort());
  });

  it("CSV keeps neutralising them", async () => {
    const result = await run(["check", "topplederprogrammet", list, "--format", "csv", "-q"]);
    for (const id of ["=1+1", "+4712345678", "-5", "@SUM(A1)"])
      expect(result.stdout).toContain(`\n'${id},`);
    expect(result.stdout).toContain("\n007,");
  });
});

describe("workbooks", () => {
  it("a first sheet that is not the list: the message names the sheet that is, and --sheet", async () => {
    const result = await run([
      "check",
      "topplederprogrammet",
      "fixtures/check/topplederprogrammet.xlsx",
    ]);
    expect(result.code).toBe(1);
    expect(result.error?.message).toMatch(
      /the sheet "Notater" has "Notater"; the sheet "Søkere" has them: read it with --sheet Søkere$/,
    );
  });

  it("names every sheet that fits, quoting a name for the shell; or says none does", async () => {
    const rows = [COLUMNS, row("A-1")];
    const file = workbookFile("two.xlsx", { Innhold: [["Om listen"]], "Runde 1": rows, B: rows });
    const result = await run(["check", "topplederprogrammet", file]);
    expect(result.error?.message).toMatch(
      /the sheets "Runde 1" and "B" have them: name one with --sheet 'Runde 1'$/,
    );
    const none = workbookFile("none.xlsx", { A: [["x"]], B: [["y"]] });
    expect((await run(["check", "topplederprogrammet", none])).error?.message).toMatch(
      /no other sheet of the workbook \("B"\) has them either$/,
    );
  });

  it("a formula without a saved value is reported with its cell; empty rows are counted", async () => {
    const file = workbookFile(
      "formula.xlsx",
      { Søkere: [COLUMNS, row("A-1"), [], row("A-2", "0"), row("A-3")] },
      // As a program that writes formulas without calculating them leaves the cell.
      (xml) => xml.replace(/<c r="I4"[^>]*>.*?<\/c>/, '<c r="I4"><f>SUM(K4:M4)</f></c>'),
    );
    const result = await run(["check", "topplederprogrammet", file, "--format", "json"]);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.summary).toEqual({ eligible: 2, ineligible: 0, invalid: 1, emptyRows: 1 });
    const invalid = json.applicants.find((a: { id: string }) => a.id === "A-2");
    expect(invalid.line).toBe(4);
    expect(JSON.stringify(invalid.problems)).toContain(
      "the cell I4 holds a formula (=SUM(K4:M4)) whose value was never saved",
    );
    expect(JSON.stringify(invalid.problems)).not.toContain("missing");
  });
});
