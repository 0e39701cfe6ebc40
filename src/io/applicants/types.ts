import type { UnsavedCell } from "../../core/applicants/layout.js";

/**
 * What the applicant list readers hand to their callers: the header, then the
 * data records in batches. A record is the row's fields as strings, exactly as
 * in the file (no trimming, no typing); ragged rows come as they are and the
 * caller decides what a wrong number of fields means.
 */

/** Text encodings a CSV may be read in. */
export type CsvEncoding = "utf-8" | "windows-1252";

export const CSV_ENCODINGS: readonly CsvEncoding[] = ["utf-8", "windows-1252"];

/**
 * Records in the order of the file. `lines[i]` is the 1-based physical line
 * (CSV) or spreadsheet row (XLSX) where `records[i]` starts. Parallel arrays
 * rather than one object per record keep the hot loop allocation-light.
 */
export interface RecordBatch {
  records: string[][];
  lines: number[];
  /**
   * Cells of a workbook that hold a formula whose value was never saved, by
   * index in `records`, then by column: the cell's reference and formula.
   * Absent when there are none (always, for CSV).
   */
  unsaved?: Map<number, ReadonlyMap<number, UnsavedCell>>;
}

export type ApplicantListFormat = "csv" | "tsv" | "xlsx";

/** An opened applicant list: the header is read, the rest streams. */
export interface ApplicantList {
  header: string[];
  /** Line (CSV) or row (XLSX) of the header. */
  headerLine: number;
  /** The data records after the header; iterate once. */
  batches: AsyncIterable<RecordBatch>;
  format: ApplicantListFormat;
  /** The sheet of a workbook that was read. */
  sheet?: string;
  /**
   * The hidden sheets passed over before `sheet`, the first visible one, when
   * no --sheet was given: a user would assume the first sheet was read, so
   * the command says which was (worded in the run's language by the caller).
   */
  skippedHidden?: readonly string[];
  /** The column delimiter of a CSV or TSV. */
  delimiter?: string;
  /**
   * The encoding a CSV is read in, once known; a list that is plain ASCII so
   * far is read the same either way and reports `undefined` until then.
   */
  encoding?: () => CsvEncoding | undefined;
  /**
   * Tells the reader which columns the caller uses; the others may come back
   * as "" from then on. An optimisation only: readers may ignore it.
   */
  only?: (columns: readonly number[]) => void;
  /**
   * Rows after the header that are empty in every cell (blank lines, Excel's
   * `;;;;` lines, empty spreadsheet rows): skipped, not records, and counted
   * here as they are read; complete once `batches` is done.
   */
  emptyRows?: () => number;
  /**
   * A workbook's other sheets, each with its header (read from its first
   * rows): for telling a user which sheet holds the list when this one does not.
   */
  otherSheets?: () => { name: string; header: string[] }[];
}

/**
 * How far the reading of a list has come, told as it goes (for a status line
 * on a terminal): data rows read, and bytes of the file read of how many
 * (unknown for stdin and workbooks, which are read whole).
 */
export interface ReadProgress {
  rows: number;
  bytes: number;
  totalBytes: number | undefined;
}

export const newBatch = (): RecordBatch => ({ records: [], lines: [] });
