/**
 * The one formatter contract: data and options in, the output out in pieces.
 * A format that writes its whole text at once yields once; a streaming one
 * (a million rows of CSV or JSON) yields as it goes, and one whose data is
 * still being read (check's verdicts) is an async generator. Writing the
 * pieces somewhere is the caller's business.
 *
 * The data may hold sequences a formatter pulls from instead of arrays: an
 * allocation's rows (DecisionRows) are made from the allocation result as
 * they are read, so a million rows are written without a million row
 * objects held first. Such a sequence can be read more than once (a workbook
 * reads its rows sheet by sheet), gives the same items on every pass, and is
 * read in order; a formatter keeps only the items it must (a terminal
 * table's first rows). This is the same contract, data in and pieces out:
 * what changed is that data need not be built whole before the first piece.
 */
export interface FormatOptions {
  /** Colour with ANSI escapes (only human formats use it). */
  color: boolean;
  /** CSV as Excel in the Nordic countries opens it directly: `;`, a byte-order mark, CRLF. */
  excel?: boolean;
  /**
   * Columns the lines of a human format must fit in: the terminal's width
   * (COLUMNS when set), at least MIN_WIDTH (fit-width.ts); the shell decides
   * it. Absent: the layout a file or a pipe gets, as wide as the text needs.
   */
  width?: number | undefined;
  /**
   * The most rows a terminal table shows; the rest are counted in a line that
   * names the formats that write them all. Absent: every row (files, pipes, --all).
   */
  rowLimit?: number | undefined;
}

/** A piece of output: text, or bytes for a binary format (xlsx). */
export type Chunk = string | Uint8Array;

export type Formatter<T, O = FormatOptions> = (
  data: T,
  options: O,
) => Iterable<Chunk> | AsyncIterable<Chunk>;

/** How a whole-text format is written: a pure function to one string. */
export type TextRenderer<T, O = FormatOptions> = (data: T, options: O) => string;

/** A whole-text format as a formatter: it yields its text once. */
export const whole =
  <T, O>(render: TextRenderer<T, O>): ((data: T, options: O) => Iterable<Chunk>) =>
  (data, options) => [render(data, options)];
