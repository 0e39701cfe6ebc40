import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type OpenApplicantListOptions,
  openApplicantList,
} from "../../../src/io/applicants/open.js";
import { rejection } from "./read.js";

const FIXTURES = new URL("../../../fixtures/applicants-io/", import.meta.url).pathname;
const noStdin = Readable.from([]);

const readAll = async (options: Partial<OpenApplicantListOptions> & { path: string }) => {
  const list = await openApplicantList({
    display: options.path,
    stdin: noStdin,
    cwd: FIXTURES,
    ...options,
  });
  const records: string[][] = [];
  const lines: number[] = [];
  for await (const batch of list.batches) {
    records.push(...batch.records);
    lines.push(...batch.lines);
  }
  return { ...list, records, lines, encoding: list.encoding?.() };
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cohort-open-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("openApplicantList: lists as Excel saves them", () => {
  it('reads "CSV (semikolonseparert)": Windows-1252, `;`, CRLF, decimal commas', async () => {
    const result = await readAll({ path: "excel-semicolon-cp1252.csv" });
    expect(result).toMatchObject({ format: "csv", delimiter: ";", encoding: "windows-1252" });
    expect(result.header[0]).toBe("Søker-ID");
    expect(result.header[4]).toBe("Ledernivå");
    expect(result.records.map((r) => [r[1], r[8], r[10]])).toEqual([
      ["Åse Ødegård", "73,5", 'Jeg vil lære mer om "ledelse på tvers"; også økonomi – 100 €'],
      ["René Bråthen", "60", "To linjer:\r\nførste og andre"],
      ["Kari Hansen", "81,25", "Kort"],
    ]);
    expect(result.lines).toEqual([2, 3, 5]);
  });

  it('reads "CSV UTF-8": a BOM, `,`, CRLF rows with LF inside quotes', async () => {
    const result = await readAll({ path: "excel-utf8-bom.csv" });
    expect(result).toMatchObject({ delimiter: ",", encoding: "utf-8", headerLine: 1 });
    expect(result.header[0]).toBe("Søker-ID");
    expect(result.records[0]![10]).toBe(
      'Jeg vil lære mer om "ledelse på tvers", innovasjon og helseøkonomi — og 😀',
    );
    expect(result.records[1]![10]).toBe("To linjer:\nførste og andre");
    expect(result.lines).toEqual([2, 3]);
  });

  it("reads .tsv with a tab, whatever the header holds", async () => {
    const result = await readAll({ path: "tab-separated.tsv" });
    expect(result).toMatchObject({ format: "tsv", delimiter: "\t" });
    expect(result.header).toEqual(["Søker-ID", "Navn, fullt", "Poeng"]);
    expect(result.records).toEqual([["S1", "Hansen, Kari", "7,5"]]);
  });

  it("says where an unterminated quote starts", async () => {
    const error = await rejection(readAll({ path: "unterminated-quote.csv" }));
    expect(error.location).toEqual({ file: "unterminated-quote.csv", line: 2 });
    expect(error).toMatchObject({ kind: "input", exitCode: 2 });
  });

  it("refuses Excel's UTF-16 'Unicode text'", async () => {
    const error = await rejection(readAll({ path: "excel-unicode-text.txt" }));
    expect(error.message).toMatch(/excel-unicode-text\.txt is UTF-16 text.*CSV UTF-8/);
  });

  it("forces an encoding when asked", async () => {
    const result = await readAll({ path: "excel-utf8-bom.csv", encoding: "windows-1252" });
    expect(result.encoding).toBe("windows-1252");
    expect(result.records[0]![1]).toBe("Ã…se Ã˜degÃ¥rd");
  });
});

describe("openApplicantList: stdin", () => {
  it("reads CSV from stdin for -", async () => {
    const stdin = Readable.from([Buffer.from("id;navn\r\n1;Å"), Buffer.from("se\r\n")]);
    const result = await readAll({ path: "-", display: "<stdin>", stdin });
    expect(result).toMatchObject({ format: "csv", delimiter: ";", header: ["id", "navn"] });
    expect(result.records).toEqual([["1", "Åse"]]);
  });

  it("reads stdin given as strings", async () => {
    const stdin = Readable.from(["id,navn\n", "1,Åse\n"], { objectMode: true });
    expect((await readAll({ path: "-", stdin })).records).toEqual([["1", "Åse"]]);
  });

  it("does not wait on a terminal", async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const error = await rejection(readAll({ path: "-", stdin }));
    expect(error).toMatchObject({ kind: "usage", exitCode: 2 });
    expect(error.message).toMatch(/stdin is a terminal/);
  });

  it("says that an empty stdin has no header", async () => {
    const error = await rejection(
      readAll({ path: "-", display: "<stdin>", stdin: Readable.from([]) }),
    );
    expect(error.message).toBe("<stdin> is empty: there is no header line");
  });
});

describe("openApplicantList: what it cannot read", () => {
  it("refuses formats it does not know, by extension", async () => {
    for (const path of ["notes.pdf", "list", "list.json"]) {
      const error = await rejection(readAll({ path }));
      expect(error).toMatchObject({ kind: "input", exitCode: 2 });
      expect(error.message).toMatch(
        /^unsupported format .*; an applicant list is a \.csv, \.tsv or \.xlsx file/,
      );
    }
    expect((await rejection(readAll({ path: "old.xls" }))).message).toMatch(/old Excel \(\.xls\)/);
  });

  it("turns file system errors into messages", async () => {
    expect((await rejection(readAll({ path: "missing.csv" }))).message).toBe(
      "no such file: missing.csv",
    );
    const folder = join(dir, "folder.csv");
    await mkdir(folder);
    await writeFile(join(dir, "x"), "");
    const error = await rejection(readAll({ path: folder, display: "folder.csv" }));
    expect(error.message).toBe("folder.csv is a folder, not a file");
    expect(error).toMatchObject({ kind: "input", exitCode: 2 });
    expect((await rejection(readAll({ path: dir, display: "lists" }))).message).toBe(
      "lists is a folder, not a file",
    );
    expect((await rejection(readAll({ path: "x/y.csv", cwd: dir }))).message).toMatch(
      /a part of the path is not a folder/,
    );
  });

  it.skipIf(process.getuid?.() === 0)("says when it may not read a file", async () => {
    const locked = join(dir, "locked.csv");
    await writeFile(locked, "id\n1\n");
    await chmod(locked, 0o000);
    const error = await rejection(readAll({ path: locked, display: "locked.csv" }));
    expect(error.message).toBe("no permission to read locked.csv");
  });

  it("refuses a binary file named .csv", async () => {
    const pdf = join(dir, "notes.csv");
    await copyFile(join(FIXTURES, "notes.pdf"), pdf);
    const error = await rejection(readAll({ path: pdf, display: "notes.csv" }));
    expect(error.message).toMatch(/notes\.csv is not a text file/);
  });

  it("refuses options that do not fit the format", async () => {
    const sheet = await rejection(readAll({ path: "tab-separated.tsv", sheet: "Ark1" }));
    expect(sheet).toMatchObject({ kind: "usage", exitCode: 2 });
    const encoding = await rejection(readAll({ path: "sample.xlsx", encoding: "utf-8" }));
    expect(encoding).toMatchObject({ kind: "usage", exitCode: 2 });
  });
});
