/**
 * Opens an applicant list by its name: `.csv`/`.txt` (delimiter detected),
 * `.tsv`/`.tab` (tab), `.xlsx`/`.xlsm` (first sheet or `sheet`), `-` (CSV on
 * stdin). CSV streams in 256 KiB reads; a workbook is read whole, up to
 * MAX_XLSX_BYTES. Every failure is a CohortError (exit 2).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { inputError, usageError } from "../../errors.js";
import { fsProblem, readBytes } from "../read-file.js";
import { openCsv } from "./csv-reader.js";
import type { ApplicantList, CsvEncoding, ReadProgress } from "./types.js";

/** Workbooks are parsed in memory (about 25 MB of RSS per MB of .xlsx); larger lists belong in CSV. */
export const MAX_XLSX_BYTES = 20_000_000;

const READ_SIZE = 256 * 1024;

export interface OpenApplicantListOptions {
  /** A file path, or `-` for CSV on stdin. */
  path: string;
  /** The name of the input in messages. */
  display: string;
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  /** The folder relative paths start from; the process's when not given. */
  cwd?: string;
  /** Forces the encoding of a CSV (detected otherwise). */
  encoding?: CsvEncoding;
  /** The sheet of a workbook (the first otherwise). */
  sheet?: string;
  /**
   * Sees every byte of the list as it is read, once: allocation hashes the
   * list this way, so the hash is of the bytes it allocated from.
   */
  tap?: (bytes: Uint8Array) => void;
  /** Told how far the reading has come after each batch of records. */
  onProgress?: (progress: ReadProgress) => void;
}

type Kind = "csv" | "tsv" | "xlsx";

const KINDS: Record<string, Kind> = {
  ".csv": "csv",
  ".txt": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
  ".xlsx": "xlsx",
  ".xlsm": "xlsx",
};

const kindOf = (path: string, display: string): Kind => {
  const extension = extname(path).toLowerCase();
  const kind = KINDS[extension];
  if (kind) return kind;
  if (extension === ".xls") {
    throw inputError({ code: "list-xls", file: display, asCsv: false });
  }
  throw inputError({ code: "list-format", file: display, ...(extension ? { extension } : {}) });
};

/** The kind by extension; a folder given as the list is told as such, whatever its name. */
const kindOfFile = async (options: OpenApplicantListOptions, display: string): Promise<Kind> => {
  try {
    return kindOf(options.path, display);
  } catch (error) {
    const file = resolve(options.cwd ?? process.cwd(), options.path);
    const folder = await stat(file).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (folder) throw inputError({ code: "file-is-folder", file: display });
    throw error;
  }
};

/**
 * The bytes of a file, with read errors told as a user can act on them. They
 * surface while the header is read, inside openApplicantList. A plain read
 * stream rather than a FileHandle: a list whose records are never read (a
 * missing column) must not leave a handle for the garbage collector to close.
 */
async function* fileChunks(path: string, display: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: READ_SIZE })) {
      yield chunk as Uint8Array;
    }
  } catch (error) {
    if ((error as { kind?: string }).kind) throw error;
    throw inputError(fsProblem(error, display), undefined, { cause: error });
  }
}

async function* tapped(
  source: AsyncIterable<Uint8Array | string>,
  tap: (bytes: Uint8Array) => void,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of source) {
    tap(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    yield chunk;
  }
}

/** The list with `onProgress` told after each batch of its records. */
const counted = (
  list: ApplicantList,
  onProgress: (progress: ReadProgress) => void,
  read: () => number,
  totalBytes: number | undefined,
): ApplicantList => {
  async function* batches() {
    let rows = 0;
    for await (const batch of list.batches) {
      rows += batch.records.length;
      onProgress({ rows, bytes: read(), totalBytes });
      yield batch;
    }
  }
  return { ...list, batches: batches() };
};

async function* countedBytes(
  source: AsyncIterable<Uint8Array | string>,
  add: (n: number) => void,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of source) {
    add(typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length);
    yield chunk;
  }
}

/** Opens the list, reads its header, and leaves the records to stream. */
export const openApplicantList = async (
  options: OpenApplicantListOptions,
): Promise<ApplicantList> => {
  const { display } = options;
  const kind: Kind = options.path === "-" ? "csv" : await kindOfFile(options, display);
  if (kind === "xlsx") {
    if (options.encoding) {
      throw usageError("--encoding applies to CSV lists; an .xlsx workbook says its own");
    }
    const file = resolve(options.cwd ?? process.cwd(), options.path);
    const size = await stat(file).then(
      (info) => (info.isFile() ? info.size : 0),
      () => 0, // readBytes tells what is wrong
    );
    if (size > MAX_XLSX_BYTES) {
      throw inputError({ code: "xlsx-too-large", file: display, size, limit: MAX_XLSX_BYTES });
    }
    const bytes = await readBytes(file, display, MAX_XLSX_BYTES);
    options.tap?.(bytes);
    const { readXlsx } = await import("./xlsx-reader.js");
    const workbook = readXlsx(bytes, {
      display,
      ...(options.sheet ? { sheet: options.sheet } : {}),
    });
    return options.onProgress
      ? counted(workbook, options.onProgress, () => bytes.length, undefined)
      : workbook;
  }
  if (options.sheet) throw usageError("--sheet applies to .xlsx workbooks only");
  let source: AsyncIterable<Uint8Array | string>;
  if (options.path === "-") {
    if (options.stdin.isTTY) {
      throw usageError(
        "the applicant list `-` is read from stdin, but stdin is a terminal; pipe a CSV in or give a file",
      );
    }
    source = options.stdin;
  } else {
    source = fileChunks(resolve(options.cwd ?? process.cwd(), options.path), display);
  }
  if (options.tap) source = tapped(source, options.tap);
  let read = 0;
  let totalBytes: number | undefined;
  if (options.onProgress) {
    source = countedBytes(source, (n) => {
      read += n;
    });
    if (options.path !== "-")
      totalBytes = await stat(resolve(options.cwd ?? process.cwd(), options.path)).then(
        (info) => (info.isFile() ? info.size : undefined),
        () => undefined,
      );
  }
  const list = await openCsv(source, {
    display,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(kind === "tsv" ? { delimiter: "\t" } : {}),
  });
  return options.onProgress ? counted(list, options.onProgress, () => read, totalBytes) : list;
};
