/**
 * A list as Excel in Norwegian exports it after a coordinator worked in it
 * (fixtures/check/topplederprogrammet-excel-export.csv, written by
 * scripts/make-excel-export-fixture.mjs): Windows-1252, semicolons, SANN/USANN,
 * empty `;;;;` rows between and under the list, a row with empty cells past
 * the header. Every row's verdict is known; the empty rows are skipped and
 * counted, never invalid. Then the same list as `check --format xlsx -o`, read
 * back by an independent reader.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { afterAll, describe, expect, it } from "vitest";
import { lookOf } from "../format/workbook-look.js";
import { runCli } from "./run-cli.js";

const LIST = "fixtures/check/topplederprogrammet-excel-export.csv";
const temp = mkdtempSync(join(tmpdir(), "cohort-excel-export-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every applicant row of the fixture: id, line, verdict. Lines 4, 10, 11 and 12 are `;;;;;;;;;`. */
const EXPECTED = [
  ["E-01", "2", "eligible"],
  ["E-02", "3", "eligible"],
  ["E-03", "5", "ineligible"],
  ["E-04", "6", "ineligible"],
  ["E-05", "7", "eligible"], // SANN/USANN in lower case; two empty cells past the header
  ["E-06", "8", "invalid"], // KANSKJE is no boolean
  ["007", "9", "eligible"],
];

describe("an Excel-exported list (Windows-1252, semicolons, empty rows, SANN/USANN)", () => {
  it("gives every row its verdict and counts the empty rows in the summary", () => {
    const result = runCli(["check", "topplederprogrammet", LIST, "--format", "csv"]);
    expect(result.code).toBe(1);
    const rows = result.stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(",").slice(0, 3));
    expect(rows).toEqual(EXPECTED);
    expect(result.stdout).toContain("Nominert: expected");
    expect(result.stdout).toContain("(KANSKJE)");
    expect(result.stderr).toBe(
      "topplederprogrammet: 7 søkere: 4 kvalifiserte, 2 ikke kvalifiserte, 1 ugyldig, 4 tomme rader hoppet over\n",
    );
  });

  it("has the count under summary.emptyRows in JSON, for check and allocate", () => {
    const check = JSON.parse(
      runCli(["check", "topplederprogrammet", LIST, "--format", "json", "-q"]).stdout,
    );
    expect(check.summary).toEqual({ eligible: 4, ineligible: 2, invalid: 1, emptyRows: 4 });
    const allocate = JSON.parse(
      runCli(["allocate", "topplederprogrammet", LIST, "--format", "json", "-q"]).stdout,
    );
    expect(allocate.summary).toMatchObject({
      admitted: 4,
      ineligible: 2,
      invalid: 1,
      emptyRows: 4,
    });
    // A list without empty rows has no such key: its outputs read as before.
    const plain = JSON.parse(
      runCli([
        "check",
        "topplederprogrammet",
        "fixtures/check/topplederprogrammet.csv",
        "--format",
        "json",
        "-q",
      ]).stdout,
    );
    expect(plain.summary).not.toHaveProperty("emptyRows");
  });

  it("check --format xlsx -o: every applicant and every count, ids as text, a finished look", () => {
    const file = join(temp, "verdicts.xlsx");
    const result = runCli(["check", "topplederprogrammet", LIST, "--format", "xlsx", "-o", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("4 tomme rader hoppet over");
    const bytes = readFileSync(file);
    const book = XLSX.read(bytes);
    expect(book.SheetNames).toEqual(["Søkere", "Sammendrag"]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Søkere!, { header: 1 });
    expect(rows[0]).toEqual(["Søker", "Linje", "Vurdering", "Begrunnelse", "Feil i raden"]);
    expect(rows.slice(1).map((r) => [r[0], String(r[1]), r[2]])).toEqual(
      EXPECTED.map(([id, line, verdict]) => [
        id,
        line,
        { eligible: "kvalifisert", ineligible: "ikke kvalifisert", invalid: "ugyldig" }[verdict!],
      ]),
    );
    // 007 is a text cell: its zeros are kept, which the --excel CSV cannot promise.
    expect(book.Sheets.Søkere!.A8).toMatchObject({ t: "s", v: "007" });
    expect(book.Sheets.Søkere!.B8).toMatchObject({ t: "n", v: 9 });
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Sammendrag!, { header: 1 });
    expect(summary).toEqual([
      ["Program", "topplederprogrammet"],
      ["Søkere", 7],
      ["Kvalifiserte", 4],
      ["Ikke kvalifiserte", 2],
      ["Ugyldige", 1],
      ["Tomme rader hoppet over", 4],
    ]);

    const [applicants, sheet2] = lookOf(bytes);
    expect(applicants!.pane).toMatchObject({ ySplit: "1", topLeftCell: "A2", state: "frozen" });
    expect(applicants!.autoFilter).toBe("A1:E8");
    for (const ref of ["A1", "B1", "C1", "D1", "E1"]) expect(applicants!.bold(ref), ref).toBe(true);
    expect(applicants!.bold("A2")).toBe(false);
    // Widths fit the longest cell: "ikke kvalifisert" (16) in C, within the bounds.
    expect(applicants!.widths.get(3)).toBe(18);
    expect(applicants!.widths.get(1)).toBe(7);
    for (const width of applicants!.widths.values()) {
      expect(width).toBeGreaterThanOrEqual(6);
      expect(width).toBeLessThanOrEqual(60);
    }
    expect(sheet2!.pane).toBeUndefined();
    expect(sheet2!.widths.get(1)).toBe("Tomme rader hoppet over".length + 2);

    // The same bytes again.
    const again = join(temp, "again.xlsx");
    runCli(["check", "topplederprogrammet", LIST, "--format", "xlsx", "-o", again]);
    expect(readFileSync(again).equals(bytes)).toBe(true);
  });

  it("allocate's workbook: a finished look on every list, and every count on the summary", () => {
    const file = join(temp, "allocation.xlsx");
    const result = runCli(["allocate", "topplederprogrammet", LIST, "-o", file, "--seed", "1"]);
    expect(result.code).toBe(1);
    const bytes = readFileSync(file);
    const book = XLSX.read(bytes);
    expect(book.SheetNames).toEqual(["Tatt opp", "Venteliste", "Ikke tatt opp", "Sammendrag"]);
    for (const look of lookOf(bytes).slice(0, 3)) {
      expect(look.pane, look.name).toMatchObject({ ySplit: "1", state: "frozen" });
      expect(look.autoFilter, look.name).toMatch(/^A1:H\d+$/);
      expect(look.bold("A1"), look.name).toBe(true);
      expect(look.bold("H1"), look.name).toBe(true);
    }
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Sammendrag!, {
      header: 1,
      blankrows: false,
    });
    const counts = new Map(summary.map((r) => [r[0], r[1]]));
    expect(Object.fromEntries(counts)).toMatchObject({
      "Tatt opp": 4,
      "På venteliste": 0,
      "Takket nei": 0,
      "Ikke kvalifiserte": 2,
      Ugyldige: 1,
      "Tomme rader hoppet over": 4,
      Spesialisthelsetjenesten: 20,
      Kommunehelsetjenesten: 20,
    });
    // The per-quota and per-region tables: their headings in bold.
    const look = lookOf(bytes)[3]!;
    const quotaHeading = summary.findIndex((r) => r[0] === "Kvote");
    expect(quotaHeading).toBeGreaterThan(0);
    const blankRowsBefore = 2;
    expect(look.bold(`A${quotaHeading + 1 + blankRowsBefore}`)).toBe(true);
    expect(summary.some((r) => r[0] === "Region" && r[1] === "Min.")).toBe(true);
  });
});
