/** Workbooks no spreadsheet program writes, read in process: refused with a message, or read right. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/io/applicants/xlsx-reader.js";
import { ROOT } from "../../e2e/run-cli.js";
import { buildWorkbook, type WorkbookMutation } from "../../fuzz/workbook-mutations.js";

const LIST = readFileSync(join(ROOT, "fixtures/check/topplederprogrammet.csv"), "utf8");
const open = (mutations: WorkbookMutation[]) =>
  readXlsx(buildWorkbook(LIST, mutations).bytes, { display: "list.xlsx" });
const refusal = (mutations: WorkbookMutation[]): string => {
  try {
    open(mutations);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("not refused");
};

describe("hostile workbooks", () => {
  it("reads the first visible sheet and says which hidden ones it skipped", () => {
    for (const state of ["hidden", "veryHidden"] as const) {
      const list = open([{ kind: "hidden-first", state }]);
      expect(list.sheet).toBe("Søkere");
      expect(list.skippedHidden).toEqual(["Gammel"]);
    }
    expect(
      open([{ kind: "far-cell", row: 0, column: "XFD", text: "" }]).skippedHidden,
    ).toBeUndefined();
  });

  it("refuses cells and rows beyond what a workbook can hold, naming them", () => {
    expect(refusal([{ kind: "far-cell", row: 3, column: "ZZZZZZ", text: "x" }])).toContain(
      'sheet "Søkere" has a cell at ZZZZZZ4',
    );
    expect(refusal([{ kind: "far-row", row: 2 ** 32 + 1 }])).toContain(
      "has a row numbered 4294967297, beyond the 1,048,576 rows",
    );
  });

  it("refuses what inflates past 256 MiB, used or not", () => {
    for (const entry of ["sheet", "unused"] as const)
      expect(refusal([{ kind: "bomb", megabytes: 300, entry }])).toContain(
        "inflates to more than 256 MiB",
      );
  });

  it("reads a row with an empty cell at XFD like any other", async () => {
    const list = open([{ kind: "far-cell", row: 2, column: "XFD", text: "" }]);
    let rows = 0;
    for await (const batch of list.batches) rows += batch.records.length;
    expect(rows).toBe(LIST.split("\n").filter((l) => l !== "" && !l.includes('"')).length - 1);
  });
});
