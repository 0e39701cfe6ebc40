/**
 * Rows -> CSV text (RFC 4180 quoting), for every command that writes CSV.
 *
 * A cell is quoted when it holds `"`, a line break, or any of the delimiters
 * `,` `;` tab, not only the one in use, so that a reader that detects the
 * delimiter from the header (cohort's, Excel's) always finds the right one.
 * An empty cell that is a row's only cell is written `""` so that the row is
 * not an empty line, which readers skip.
 *
 * With `neutralise`, cells that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`, as OWASP recommends
 * against CSV injection; cells the caller marks numeric are left alone when
 * they are plain numbers such as `-12` or `-3,5`.
 */

export interface CsvRowOptions {
  /** The delimiter; `,` unless told. */
  delimiter?: string;
  /** Neutralise cells that would start a formula. */
  neutralise?: boolean;
  /** Indexes of cells that hold numbers, which `neutralise` keeps as they are. */
  numeric?: readonly number[];
  /** The line ending; `\n` unless told (RFC 4180 has `\r\n`). */
  newline?: string;
}

const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/** Whether a cell must be quoted; a loop, as this runs for every cell written. */
const needsQuotes = (cell: string): boolean => {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 0x22 || c === 0x2c || c === 0x3b || c === 0x09 || c === 0x0a || c === 0x0d) {
      return true;
    }
  }
  return cell.charCodeAt(0) === 0xfeff;
};

/** `=` `+` `-` `@` tab CR: what makes a spreadsheet read a cell as a formula. */
const startsFormula = (cell: string): boolean => {
  const c = cell.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
};

/** A text cell made safe for a spreadsheet: a leading `'` when it would start a formula. */
export const neutraliseCell = (value: string): string =>
  startsFormula(value) ? `'${value}` : value;

/** One cell, quoted when it must be. */
export const csvCell = (value: string, neutralise = false, numeric = false): string => {
  let cell = value;
  if (neutralise && startsFormula(cell) && !(numeric && PLAIN_NUMBER.test(cell))) {
    cell = `'${cell}`;
  }
  return needsQuotes(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
};

/**
 * The CSV dialect Excel in Norway, Sweden, Denmark and Finland opens with a
 * double click: the decimal comma makes `;` the list separator there, and
 * without a byte-order mark Excel reads UTF-8 as Windows-1252.
 */
export const EXCEL_DIALECT = { delimiter: ";", newline: "\r\n", bom: "\uFEFF" } as const;
export const PLAIN_DIALECT = { delimiter: ",", newline: "\n", bom: "" } as const;
export const csvDialect = (excel: boolean | undefined) => (excel ? EXCEL_DIALECT : PLAIN_DIALECT);

/** One row with its line ending. */
export const csvRow = (cells: readonly string[], options: CsvRowOptions = {}): string => {
  const delimiter = options.delimiter ?? ",";
  const neutralise = options.neutralise === true;
  const numeric = options.numeric;
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += delimiter;
    line += csvCell(cells[i]!, neutralise, numeric?.includes(i) === true);
  }
  if (cells.length === 1 && line === "") line = '""';
  return line + (options.newline ?? "\n");
};

/** A whole table, header first. */
export const csvTable = (
  rows: readonly (readonly string[])[],
  options: CsvRowOptions = {},
): string => rows.map((row) => csvRow(row, options)).join("");
