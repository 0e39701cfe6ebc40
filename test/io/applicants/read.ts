/** Reads a CSV given as text or bytes, fed in chunks of a chosen size, into plain arrays. */
import { openCsv } from "../../../src/io/applicants/csv-reader.js";
import type { CsvEncoding } from "../../../src/io/applicants/types.js";

export async function* chunked(
  bytes: Uint8Array,
  sizes: number | number[],
): AsyncGenerator<Uint8Array> {
  let i = 0;
  let n = 0;
  while (i < bytes.length) {
    const size = typeof sizes === "number" ? sizes : (sizes[n++ % sizes.length] ?? 1);
    yield bytes.subarray(i, i + Math.max(1, size));
    i += Math.max(1, size);
  }
}

export interface ReadResult {
  header: string[];
  headerLine: number;
  records: string[][];
  lines: number[];
  delimiter: string | undefined;
  encoding: CsvEncoding | undefined;
  /** Rows after the header empty in every cell, which the reader skipped. */
  emptyRows: number;
}

export const readCsv = async (
  input: string | Uint8Array,
  options: {
    chunks?: number | number[];
    pieceBytes?: number;
    encoding?: CsvEncoding;
    delimiter?: string;
  } = {},
): Promise<ReadResult> => {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const list = await openCsv(chunked(bytes, options.chunks ?? 65536), {
    display: "list.csv",
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.pieceBytes ? { pieceBytes: options.pieceBytes } : {}),
  });
  const records: string[][] = [];
  const lines: number[] = [];
  for await (const batch of list.batches) {
    records.push(...batch.records);
    lines.push(...batch.lines);
  }
  return {
    header: list.header,
    headerLine: list.headerLine,
    records,
    lines,
    delimiter: list.delimiter,
    encoding: list.encoding?.(),
    emptyRows: list.emptyRows?.() ?? 0,
  };
};

/** The error a promise rejects with. */
export const rejection = async (
  promise: Promise<unknown>,
): Promise<Error & Record<string, unknown>> => {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("expected a rejection");
};
