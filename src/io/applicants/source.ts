/**
 * Where an applicant list comes from and how to read it: built once from the
 * command line (or an audit record) and passed whole to whatever opens it.
 */
import type { CsvEncoding } from "./types.js";

export interface ListSource {
  /** A file path, or `-` for CSV on stdin. */
  path: string;
  /** The name of the list in messages. */
  display: string;
  /** Read from stdin (`-`) rather than a file. */
  stdin: boolean;
  /** Forces the encoding of a CSV (detected otherwise). */
  encoding?: CsvEncoding;
  /** The sheet of a workbook (the first otherwise). */
  sheet?: string;
}

export const listSource = (
  path: string,
  options: { encoding?: CsvEncoding | undefined; sheet?: string | undefined } = {},
): ListSource => ({
  path,
  display: path === "-" ? "<stdin>" : path,
  stdin: path === "-",
  ...(options.encoding ? { encoding: options.encoding } : {}),
  ...(options.sheet ? { sheet: options.sheet } : {}),
});
