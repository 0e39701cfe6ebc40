/**
 * Carried columns through the built binary, as a coordinator runs it: a
 * workbook as the list, the allocation written as a workbook whose Admitted
 * sheet a mail merge reads directly (read back by SheetJS), --carry in the
 * help, and a missing column's warning with its exit code.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Workspace, workspace } from "../letters/workspace.js";
import { runCli } from "./run-cli.js";

let ws: Workspace;
let list: Record<string, string>[];
beforeAll(() => {
  ws = workspace("da");
  list = parse(readFileSync(join(ws.dir, "list.csv")), {
    columns: true,
    relaxColumnCount: true,
  }) as Record<string, string>[];
  // The same list as a workbook, every cell a text cell.
  const rows = parse(readFileSync(join(ws.dir, "list.csv")), {
    relaxColumnCount: true,
  }) as string[][];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "Ansøgere");
  writeFileSync(join(ws.dir, "list.xlsx"), XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
});
afterAll(() => ws.remove());

describe("carried columns, end to end", () => {
  it("allocate from a workbook to a workbook: the Admitted sheet is ready for a mail merge", () => {
    const result = runCli(
      ["allocate", "topplederprogrammet.yaml", "list.xlsx", "-f", "xlsx", "-o", "optag.xlsx"],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(1); // the list has invalid rows
    expect(result.stderr).not.toContain("advarsel");
    const book = XLSX.read(readFileSync(join(ws.dir, "optag.xlsx")), { type: "buffer" });
    const name = book.SheetNames[0]!;
    const sheet = book.Sheets[name]!;
    expect(sheet["!merges"] ?? []).toEqual([]);
    const admitted = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: "" });
    expect(admitted).toHaveLength(40);
    const byId = new Map(list.map((r) => [r["Søker-ID"], r]));
    for (const row of admitted) {
      const id = String(Object.values(row)[0]);
      const source = byId.get(id)!;
      expect(row.Navn, id).toBe(source.Navn);
      expect(row.Arbeidsgiver, id).toBe(source.Arbeidsgiver);
      expect(row["E-post"], id).toBe(source["E-post"]);
    }
  });

  it("allocate --excel CSV: the outcome in words and the carried columns, after the others", () => {
    const result = runCli(
      [
        "allocate",
        "topplederprogrammet.yaml",
        "list.csv",
        "-f",
        "csv",
        "--excel",
        "--carry",
        "Navn,E-post",
      ],
      { cwd: ws.dir },
    );
    const rows = parse(result.stdout.replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
    expect(rows[0]!.slice(-3)).toEqual(["outcome_words", "Navn", "E-post"]);
    const admitted = rows.find((r) => r[1] === "admitted")!;
    expect(admitted.at(-3)).toBe("optaget");
    expect(result.stdout).toContain("\r\n");
  });

  it("--carry is in the help of check and allocate", () => {
    for (const command of ["check", "allocate"]) {
      const help = runCli([command, "--help"]).stdout;
      expect(help).toMatch(/--carry <headers>/);
    }
  });

  it("a column the list lacks: a warning at the header, exit 1", () => {
    const result = runCli(
      ["check", "topplederprogrammet.yaml", "list.xlsx", "-f", "json", "--carry", "Telefon"],
      { cwd: ws.dir },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^advarsel: list\.xlsx:1: listen har ingen kolonne »Telefon« at tage med i resultaterne; den står tom\n/,
    );
    const json = JSON.parse(result.stdout);
    expect(json.applicants[0].carried).toEqual({ Telefon: "" });
  });
});
