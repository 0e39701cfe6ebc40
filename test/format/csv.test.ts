import { describe, expect, it } from "vitest";
import { csvCell, csvRow, csvTable, neutraliseCell } from "../../src/format/csv.js";

describe("csvRow", () => {
  it("quotes cells with quotes, line breaks or any delimiter, doubling quotes", () => {
    expect(csvRow(["plain", 'say "hi"', "a,b", "a;b", "a\tb", "two\nlines", "cr\r"])).toBe(
      'plain,"say ""hi""","a,b","a;b","a\tb","two\nlines","cr\r"\n',
    );
  });

  it("writes a row's only empty cell as two quotes, so it is not an empty line", () => {
    expect(csvRow([""])).toBe('""\n');
    expect(csvRow(["", ""])).toBe(",\n");
  });

  it("quotes a leading BOM so that it is not taken for one", () => {
    expect(csvCell("\uFEFFid")).toBe('"\uFEFFid"');
  });

  it("takes a delimiter and a line ending", () => {
    expect(csvRow(["a", "b,c"], { delimiter: ";", newline: "\r\n" })).toBe('a;"b,c"\r\n');
    expect(csvTable([["h"], ["v"]], { newline: "\r\n" })).toBe("h\r\nv\r\n");
  });
});

describe("formula injection", () => {
  it("neutralises cells that start with = + - @ tab or CR when asked", () => {
    const cells = ["=1+2", "+47 22", "-5", "@SUM(A1)", "\tx", "\rx", "ok", ""];
    expect(csvRow(cells, { neutralise: true })).toBe(
      "'=1+2,'+47 22,'-5,'@SUM(A1),\"'\tx\",\"'\rx\",ok,\n",
    );
    expect(csvRow(cells)).toBe('=1+2,+47 22,-5,@SUM(A1),"\tx","\rx",ok,\n');
  });

  it("leaves numbers in numeric cells alone, but not formulas in them", () => {
    const row = csvRow(["-5", "-3,5", "+1e3", "-5", "=1+2", "-1-1"], {
      neutralise: true,
      numeric: [0, 1, 2, 4, 5],
    });
    expect(row).toBe("-5,\"-3,5\",+1e3,'-5,'=1+2,'-1-1\n");
  });

  it("neutralises a single cell for other writers (xlsx)", () => {
    expect(["=1+2", "-5", "@x", "\tx", "ok", ""].map(neutraliseCell)).toEqual([
      "'=1+2",
      "'-5",
      "'@x",
      "'\tx",
      "ok",
      "",
    ]);
  });

  it("quotes a neutralised cell with a quote inside", () => {
    expect(csvCell('=HYPERLINK("http://x")', true)).toBe('"\'=HYPERLINK(""http://x"")"');
  });
});
