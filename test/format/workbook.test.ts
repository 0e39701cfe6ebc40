/** The workbook writer, read back by SheetJS: text exactly as given, whatever it holds. */
import * as XLSX from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { MAX_CELL_CHARS, sheetName, writeWorkbook } from "../../src/format/workbook.js";
import { lookOf } from "./workbook-look.js";

const readBack = (bytes: Uint8Array) => XLSX.read(bytes);

describe("the workbook writer", () => {
  it("writes any text so that it reads back as itself", () => {
    const texts = [
      '=HYPERLINK("http://x")',
      "a & b < c > d \"e\" 'f'",
      "bell\u0007 and NUL\u0000",
      "_x0041_ is not A",
      "  spaces around  ",
      "two\nlines",
      "emoji 😀 and a lone \ud800 surrogate",
      "Søkere, Ålesund, ÆØÅ",
    ];
    const bytes = writeWorkbook([
      { name: "S", rows: [["text"], ...texts.map((t) => [t])], table: true },
    ]);
    const sheet = readBack(bytes).Sheets.S!;
    texts.forEach((text, i) => {
      const expected = text.replace("\ud800", "\ufffd");
      const cell = sheet[`A${i + 2}`];
      expect(cell?.t, text).toBe("s");
      // XML cannot hold NUL or a lone surrogate: they come back escaped or replaced, the rest exactly.
      if (text.includes("\u0000") || text.includes("\ud800"))
        expect(String(cell?.v)).toContain(expected.slice(0, 4));
      else expect(cell?.v, text).toBe(expected);
    });
  });

  it("cuts a text at Excel's 32,767 characters, marking the cut", () => {
    const bytes = writeWorkbook([{ name: "S", rows: [["x".repeat(40_000)]], table: false }]);
    const value = String(readBack(bytes).Sheets.S!.A1!.v);
    expect(value).toHaveLength(MAX_CELL_CHARS);
    expect(value.endsWith("…")).toBe(true);
  });

  it("numbers are number cells; empty cells are no cells", () => {
    const bytes = writeWorkbook([
      {
        name: "S",
        rows: [
          ["a", "b"],
          [1.5, null],
          ["", -3],
        ],
        table: true,
      },
    ]);
    const sheet = readBack(bytes).Sheets.S!;
    expect(sheet.A2).toMatchObject({ t: "n", v: 1.5 });
    expect(sheet.B2).toBeUndefined();
    expect(sheet.A3).toBeUndefined();
    expect(sheet.B3).toMatchObject({ t: "n", v: -3 });
  });

  it("only a table's header is bold and frozen; widths are bounded", () => {
    const bytes = writeWorkbook([
      {
        name: "T",
        rows: [
          ["id", "why"],
          ["a", "y".repeat(500)],
        ],
        table: true,
      },
      { name: "S", rows: [["Label", 1], [], ["Heading", "x"]], table: false, bold: new Set([2]) },
    ]);
    const [table, summary] = lookOf(bytes);
    expect(table!.bold("A1")).toBe(true);
    expect(table!.bold("A2")).toBe(false);
    expect(table!.widths.get(1)).toBe(6);
    expect(table!.widths.get(2)).toBe(60);
    expect(table!.autoFilter).toBe("A1:B2");
    expect(summary!.pane).toBeUndefined();
    expect(summary!.autoFilter).toBeUndefined();
    expect(summary!.bold("A1")).toBe(false);
    expect(summary!.bold("A3")).toBe(true);
  });

  it("names sheets as Excel allows, unique without case", () => {
    expect(sheetName("a/b:c*d?e[f]g\\h", [])).toBe("a b c d e f g h");
    expect(sheetName("x".repeat(40), [])).toHaveLength(31);
    expect(sheetName("Søkere", ["søkere"])).toBe("Søkere (2)");
    expect(sheetName("'quoted'", [])).toBe("quoted");
    expect(sheetName("", [])).toBe("Sheet");
  });

  it("gives the same bytes for the same sheets", () => {
    const sheets = [{ name: "S", rows: [["a"], ["b"]], table: true }];
    expect(Buffer.from(writeWorkbook(sheets)).equals(Buffer.from(writeWorkbook(sheets)))).toBe(
      true,
    );
  });
});
