import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_XLSX_BYTES, openApplicantList } from "../../../src/io/applicants/open.js";
import { rejection } from "./read.js";

const FIXTURE = new URL("../../../fixtures/applicants-io/sample.xlsx", import.meta.url).pathname;
const noStdin = { isTTY: false, async *[Symbol.asyncIterator]() {} };

const readAll = async (path: string, sheet?: string) => {
  const list = await openApplicantList({
    path,
    display: "list.xlsx",
    stdin: noStdin,
    ...(sheet ? { sheet } : {}),
  });
  const records: string[][] = [];
  const lines: number[] = [];
  for await (const batch of list.batches) {
    records.push(...batch.records);
    lines.push(...batch.lines);
  }
  return { header: list.header, headerLine: list.headerLine, format: list.format, records, lines };
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cohort-xlsx-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a workbook built from arrays of rows (one entry per sheet) and returns its path. */
const workbook = async (
  name: string,
  sheets: Record<string, unknown[][]>,
  configure: (wb: XLSX.WorkBook) => void = () => {},
): Promise<string> => {
  const wb = XLSX.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
  }
  configure(wb);
  const path = join(dir, name);
  await writeFile(path, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
  return path;
};

describe("the committed sample workbook", () => {
  it("reads the first sheet as the text a user sees, with spreadsheet row numbers", async () => {
    const result = await readAll(FIXTURE);
    expect(result.format).toBe("xlsx");
    expect(result.headerLine).toBe(1);
    expect(result.header).toEqual([
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
    ]);
    expect(result.records).toEqual([
      [
        "S0000001",
        "Åse Ødegård",
        "spesialist",
        "nord",
        "strategisk",
        "true",
        "nei",
        "2020-01-15",
        "73.5",
        "2027-03-01T09:30:00",
      ],
      [
        "S0000002",
        "Ola Nordmann",
        "kommune",
        "vest",
        "operativ",
        "ja",
        "false",
        "15.01.2019",
        "0.333333333333333",
        "2027-02-28",
      ],
      ["S0000003", "Kari Hansen", "", "", "", "", "", "", "", ""],
      [
        "S0000004",
        "Per Øyvind Lie",
        "kommune",
        "sor-ost",
        "strategisk",
        "ja",
        "ja",
        "2010-06-01",
        "#N/A",
        "2027-03-15T12:00:00",
      ],
    ]);
    expect(result.lines).toEqual([2, 4, 5, 6]);
  });

  it("reads a sheet by name, ignoring case when the name is unique", async () => {
    const expected = { header: ["Merknad"], records: [["Fristen er 12. april"]], lines: [2] };
    expect(await readAll(FIXTURE, "Notater")).toMatchObject(expected);
    expect(await readAll(FIXTURE, "notater")).toMatchObject(expected);
  });

  it("names the sheets there are when the one asked for is not", async () => {
    const error = await rejection(readAll(FIXTURE, "Ark1"));
    expect(error.message).toBe(
      'list.xlsx has no sheet named "Ark1"; its sheets are "Søkere", "Notater"',
    );
    expect(error).toMatchObject({ kind: "input", exitCode: 2 });
  });
});

describe("workbooks built by the test", () => {
  it("writes numbers plainly, as Excel shows them", async () => {
    const path = await workbook("numbers.xlsx", {
      Ark1: [["n"], [0.1 + 0.2], [45000], [-1234567.891], [1e21], [0]],
    });
    expect((await readAll(path)).records).toEqual([
      ["0.3"],
      ["45000"],
      ["-1234567.891"],
      ["1e+21"],
      ["0"],
    ]);
  });

  it("writes dates and times by their cell format", async () => {
    const serial = 45_351.395_833_333_336; // 2024-02-29 09:30
    const path = await workbook("dates.xlsx", {
      Ark1: [
        ["dato", "tid", "tidspunkt", "tall"],
        [
          { t: "n", v: serial, z: '[$-414]d. mmmm yyyy "kl." ' },
          { t: "n", v: serial, z: "h:mm" },
          { t: "n", v: serial, z: "yyyy-mm-dd hh:mm" },
          { t: "n", v: serial, z: "0.00" },
        ],
      ],
    });
    expect((await readAll(path)).records).toEqual([
      ["2024-02-29", "09:30:00", "2024-02-29T09:30:00", "45351.3958333333"],
    ]);
  });

  it("starts at the first row and column that hold anything", async () => {
    const path = await workbook("offset.xlsx", { Ark1: [] }, (wb) => {
      XLSX.utils.sheet_add_aoa(wb.Sheets.Ark1!, [["id", "navn"], ["1", "Åse"], [], ["2"]], {
        origin: "B3",
      });
    });
    const result = await readAll(path);
    expect(result.headerLine).toBe(3);
    expect(result.header).toEqual(["id", "navn"]);
    expect(result.records).toEqual([
      ["1", "Åse"],
      ["2", ""],
    ]);
    expect(result.lines).toEqual([4, 6]);
  });

  it("keeps cells beyond the header, so that the caller sees a ragged row", async () => {
    const path = await workbook("ragged.xlsx", { Ark1: [["id"], ["1", "extra"]] });
    expect((await readAll(path)).records).toEqual([["1", "extra"]]);
  });

  it("reads dates of the 1904 date system", async () => {
    const path = await workbook(
      "1904.xlsx",
      { Ark1: [["dato"], [{ t: "n", v: 0, z: "yyyy-mm-dd" }]] },
      (wb) => {
        wb.Workbook = { WBProps: { date1904: true } };
      },
    );
    expect((await readAll(path)).records).toEqual([["1904-01-01"]]);
  });

  it("refuses a sheet without a header row", async () => {
    const path = await workbook("empty.xlsx", { Tom: [] });
    const error = await rejection(readAll(path));
    expect(error.message).toBe('sheet "Tom" of list.xlsx is empty: there is no header row');
  });

  it("refuses what is not a workbook, without crashing", async () => {
    const csv = join(dir, "csv.xlsx");
    await writeFile(csv, "id,navn\n1,Åse\n");
    expect((await rejection(readAll(csv))).message).toMatch(
      /list\.xlsx is not an \.xlsx workbook: .*CSV with the wrong extension/,
    );
    const broken = join(dir, "broken.xlsx");
    await writeFile(
      broken,
      Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(200, 7)]),
    );
    const error = await rejection(readAll(broken));
    expect(error.message).toMatch(/list\.xlsx could not be read as an Excel workbook/);
    expect(error).toMatchObject({ kind: "input", exitCode: 2 });
  });

  it("refuses a workbook larger than the cap, with the reason", async () => {
    const big = join(dir, "big.xlsx");
    await writeFile(big, "");
    await truncate(big, MAX_XLSX_BYTES + 1);
    const error = await rejection(readAll(big));
    expect(error.message).toBe(
      "list.xlsx is 20.0 MB; a workbook is read whole into memory, so cohort reads .xlsx files up to 20 MB; save a list this large as CSV, which streams",
    );
  });
});
