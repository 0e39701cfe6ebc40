/**
 * Property: any table of strings written by src/format/csv.ts and read back by the
 * CSV reader gives the same table, for every delimiter and line ending, with
 * the bytes fed in chunks of random sizes (boundaries anywhere: inside quotes,
 * between CR and LF, inside a multi-byte character).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvTable } from "../../../src/format/csv.js";
import { readCsv } from "./read.js";

const unit = fc.constantFrom(
  ..."abc xyz0189".split(""),
  ",",
  ";",
  "\t",
  '"',
  "'",
  "\r",
  "\n",
  "\r\n",
  "=",
  "-",
  "ø",
  "Å",
  "é",
  "—",
  "€",
  "😀",
  "\uFEFF",
);
const cell = fc.string({ unit, maxLength: 12 });
const row = fc.array(cell, { minLength: 1, maxLength: 6 });
const table = fc.array(row, { minLength: 1, maxLength: 25 });
const chunkSizes = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 20 });
const delimiter = fc.constantFrom(",", ";", "\t");
const newline = fc.constantFrom("\n", "\r\n");

const readBack = async (
  rows: string[][],
  options: { delimiter: string; newline: string; chunks: number[]; detect: boolean },
) => {
  const bytes = Buffer.from(csvTable(rows, options), "utf8");
  const result = await readCsv(bytes, {
    chunks: options.chunks,
    // Small pieces move the cuts that the scanner sees, not only the chunks.
    pieceBytes: options.chunks[0]!,
    ...(options.detect ? {} : { delimiter: options.delimiter }),
  });
  return [result.header, ...result.records];
};

/** What a reader keeps of written rows: those with anything but white space in a cell. */
const kept = (rows: string[][]): string[][] => rows.filter((r) => r.some((c) => c.trim() !== ""));

describe("CSV writer -> reader", () => {
  it("round-trips every table with a given delimiter", async () => {
    await fc.assert(
      fc.asyncProperty(table, delimiter, newline, chunkSizes, async (rows, d, nl, chunks) => {
        const read = readBack(rows, { delimiter: d, newline: nl, chunks, detect: false });
        if (kept(rows).length === 0) await expect(read).rejects.toThrow(/is empty/);
        else expect(await read).toEqual(kept(rows));
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips with the delimiter detected when the header has two cells or more", async () => {
    const wide = fc.tuple(
      fc.array(cell, { minLength: 2, maxLength: 6 }),
      fc.array(row, { maxLength: 25 }),
    );
    await fc.assert(
      fc.asyncProperty(
        wide,
        delimiter,
        newline,
        chunkSizes,
        async ([header, body], d, nl, chunks) => {
          const rows = [header, ...body];
          // A header of empty cells is skipped, and the delimiter is found on the next line.
          fc.pre(header.some((c) => c.trim() !== ""));
          expect(await readBack(rows, { delimiter: d, newline: nl, chunks, detect: true })).toEqual(
            kept(rows),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
