import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS } from "../../../src/io/applicants/csv-scanner.js";
import { readCsv, rejection } from "./read.js";

// Every structural case is read whole, and in 1-byte and 3-byte chunks decoded
// in pieces of that size, so that cuts fall inside quotes, CRLFs and characters.
const SIZES = [65536, 1, 3];

describe.each(SIZES)("reading CSV in chunks of %i bytes", (size) => {
  const chunks = { chunks: size, pieceBytes: size };
  it("detects a comma, a semicolon or a tab from the header line", async () => {
    expect(await readCsv("a,b\n1,2\n", chunks)).toMatchObject({
      delimiter: ",",
      header: ["a", "b"],
      records: [["1", "2"]],
    });
    expect(await readCsv("a;b\n1,5;2\n", chunks)).toMatchObject({
      delimiter: ";",
      records: [["1,5", "2"]],
    });
    expect(await readCsv("a\tb\n1\t2\n", chunks)).toMatchObject({
      delimiter: "\t",
      records: [["1", "2"]],
    });
  });

  it("counts only delimiters outside quotes, and prefers ; to , on a tie", async () => {
    expect((await readCsv('"Navn, fornavn";Poeng\nKari;3\n', chunks)).delimiter).toBe(";");
    expect((await readCsv("Navn, fornavn;Poeng\n", chunks)).delimiter).toBe(";");
    expect((await readCsv("a,b;c,d\n", chunks)).delimiter).toBe(",");
    expect((await readCsv("id\n1\n", chunks)).delimiter).toBe(",");
  });

  it("detects the delimiter from the header after empty lines", async () => {
    const result = await readCsv("\r\n\na;b\r\n1;2\r\n", chunks);
    expect(result).toMatchObject({ delimiter: ";", headerLine: 3, records: [["1", "2"]] });
  });

  it("detects lone-CR lines also with a given delimiter", async () => {
    const result = await readCsv("a\tb\r1\t2\r", { ...chunks, delimiter: "\t" });
    expect(result.records).toEqual([["1", "2"]]);
    expect(result.lines).toEqual([2]);
  });

  it("uses a given delimiter (.tsv) even when the header has commas", async () => {
    const result = await readCsv("Navn, fornavn\tPoeng\nKari\t3\n", { ...chunks, delimiter: "\t" });
    expect(result.header).toEqual(["Navn, fornavn", "Poeng"]);
    expect(result.records).toEqual([["Kari", "3"]]);
  });

  it("strips a UTF-8 BOM", async () => {
    const result = await readCsv("\uFEFFSøker-ID,Navn\r\nS1,Åse\r\n", chunks);
    expect(result.header).toEqual(["Søker-ID", "Navn"]);
    expect(result.records).toEqual([["S1", "Åse"]]);
    expect(result.encoding).toBe("utf-8");
  });

  it("reads CRLF, LF and a mix of both, never keeping a CR in a field", async () => {
    const result = await readCsv("a,b\r\n1,2\n3,\r\n4,5", chunks);
    expect(result.records).toEqual([
      ["1", "2"],
      ["3", ""],
      ["4", "5"],
    ]);
    expect(result.lines).toEqual([2, 3, 4]);
  });

  it("reads old Mac files whose lines end with a lone CR", async () => {
    const result = await readCsv('a,b\r1,"x\ry"\r2,z\r', chunks);
    expect(result.records).toEqual([
      ["1", "x\ry"],
      ["2", "z"],
    ]);
    expect(result.lines).toEqual([2, 4]);
  });

  it("reads quoted fields with doubled quotes, delimiters and line breaks", async () => {
    const text =
      'id,note,n\r\n1,"he said ""hi, there""",x\r\n2,"two\r\nlines, and\nthree",y\r\n3,"",""\r\n4,"""",z\r\n';
    const result = await readCsv(text, chunks);
    expect(result.records).toEqual([
      ["1", 'he said "hi, there"', "x"],
      ["2", "two\r\nlines, and\nthree", "y"],
      ["3", "", ""],
      ["4", '"', "z"],
    ]);
    expect(result.lines).toEqual([2, 3, 6, 7]);
  });

  it("keeps a quote inside an unquoted field, and text after a closing quote", async () => {
    const result = await readCsv('a,b\n5" tall,"x"y\n"p"q\n', chunks);
    expect(result.records).toEqual([['5" tall', "xy"], ["pq"]]);
  });

  it("returns ragged rows as they are", async () => {
    const result = await readCsv("a,b,c\n1,2\n1,2,3,4\n\n,x\n", chunks);
    expect(result.records).toEqual([
      ["1", "2"],
      ["1", "2", "3", "4"],
      ["", "x"],
    ]);
  });

  it("skips empty lines, lines of spaces and lines of delimiters, counting those after the header", async () => {
    const result = await readCsv('\n;;\r\na;b\n\n1;2\r\n\r\n  \n3;4\n;\n" ";;\t\n\n', chunks);
    expect(result.headerLine).toBe(3);
    expect(result.records).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(result.lines).toEqual([5, 8]);
    // Lines 4, 6, 7, 9, 10 and 11; not the two before the header.
    expect(result.emptyRows).toBe(6);
  });

  it("keeps a row whose only content is past the header's width, or in a quoted cell", async () => {
    const result = await readCsv('a;b\n;;x\n"";" y"\n', chunks);
    expect(result.records).toEqual([
      ["", "", "x"],
      ["", " y"],
    ]);
    expect(result.emptyRows).toBe(0);
  });

  it("reads the last record without a line break at the end", async () => {
    expect((await readCsv('a,b\n1,"2"', chunks)).records).toEqual([["1", "2"]]);
    expect((await readCsv("a,b\n1,", chunks)).records).toEqual([["1", ""]]);
    expect((await readCsv("a,b\n1,2\r", chunks)).records).toEqual([["1", "2"]]);
  });

  it("reads a header without records", async () => {
    expect(await readCsv("a,b\n", chunks)).toMatchObject({ header: ["a", "b"], records: [] });
    expect(await readCsv("a,b", chunks)).toMatchObject({ header: ["a", "b"], records: [] });
  });

  it("says where a quote that is never closed starts", async () => {
    const error = await rejection(readCsv('a,b\n1,2\n3,"open\nmore\n4,5\n', chunks));
    expect(error.message).toMatch(/closing quote \("\) is missing/);
    expect(error).toMatchObject({ kind: "input", exitCode: 2 });
    expect(error.location).toEqual({ file: "list.csv", line: 3 });
  });
});

describe("reading CSV", () => {
  it("reads lists shorter than a BOM", async () => {
    expect((await readCsv("a")).header).toEqual(["a"]);
    expect((await readCsv("a\n", { chunks: 1, pieceBytes: 1 })).header).toEqual(["a"]);
  });

  it("refuses an empty list, or one of empty lines or only a BOM", async () => {
    for (const text of ["", "\n\r\n\n", "\uFEFF", "\uFEFF\r\n"]) {
      const error = await rejection(readCsv(text));
      expect(error.message).toBe("list.csv is empty: there is no header line");
    }
  });

  it("gives each record the line it starts on, across many chunks", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      i % 7 === 0 ? `${i},"multi\nline ${i}"` : `${i},plain ${i}`,
    );
    const text = `id,note\n${rows.join("\n")}\n`;
    const result = await readCsv(text, { chunks: [70_001, 13, 65_536, 1, 200_000] });
    expect(result.records).toHaveLength(5000);
    let line = 2;
    result.records.forEach((record, i) => {
      expect(record[0]).toBe(String(i));
      expect(result.lines[i]).toBe(line);
      line += i % 7 === 0 ? 2 : 1;
    });
  });

  it("stops a record that never ends instead of holding the whole file", async () => {
    const text = `a,b\n1,"${"x".repeat(MAX_RECORD_CHARS + 10)}`;
    const error = await rejection(readCsv(text));
    expect(error.message).toMatch(/most likely a quote \("\) that opens a field is never closed/);
    expect(error.location).toEqual({ file: "list.csv", line: 2 });
  });
});
