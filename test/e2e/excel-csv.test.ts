/**
 * `--excel` writes the CSV dialect Nordic Excel opens with a double click;
 * the rows must be the same as in plain CSV, read back by cohort's own reader.
 */
import { describe, expect, it } from "vitest";
import { openCsv } from "../../src/io/applicants/csv-reader.js";
import { runCli } from "./run-cli.js";

async function* bytesOf(text: string) {
  yield Buffer.from(text, "utf8");
}

const readBack = async (text: string) => {
  const list = await openCsv(bytesOf(text), { display: "out.csv" });
  const rows = [list.header];
  for await (const batch of list.batches) rows.push(...batch.records);
  return { rows, delimiter: list.delimiter };
};

describe("--excel", () => {
  it.each([
    ["check", ["check", "topplederprogrammet", "fixtures/check/topplederprogrammet.csv"]],
    [
      "allocate",
      ["allocate", "fixtures/allocate/liten.yaml", "fixtures/allocate/held-for-min.csv"],
    ],
  ])(
    "%s: semicolons, a byte-order mark and CRLF, the same rows as plain CSV",
    async (_name, args) => {
      const plain = runCli([...args, "--format", "csv", "-q"]).stdout;
      const excel = runCli([...args, "--format", "csv", "--excel", "-q"]).stdout;
      expect(excel.startsWith("\uFEFF")).toBe(true);
      expect(excel.split("\r\n").length).toBe(plain.split("\n").length);
      expect(excel.replace(/\r\n/g, "")).not.toContain("\n");
      const a = await readBack(plain);
      const b = await readBack(excel);
      expect(a.delimiter).toBe(",");
      expect(b.delimiter).toBe(";");
      expect(b.rows).toEqual(a.rows);
    },
  );
});
