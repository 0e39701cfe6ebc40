/**
 * The words cohort writes only to a terminal: the line under a table shown
 * in part, and the status line while a long list is read. Each language's
 * words live in terminal/<code>.ts.
 */

export interface TerminalWords {
  /**
   * Under a table a terminal shows in part: how many applicants are left out,
   * that --all prints them here, and the `--format`s that write them all
   * (already joined: "csv, ndjson or xlsx").
   */
  moreRows: (more: number, formats: string) => string;
  /** Joins alternatives: the last two with "or". */
  or: (items: readonly string[]) => string;
  /** The status line on stderr while an applicant list is read; percent of its bytes, when known. */
  reading: (rows: number, percent: number | undefined) => string;
}

/** 1234567 as "1 234 567": digits grouped by three with `separator`, as the languages write counts. */
export const grouped = (n: number, separator: string): string =>
  String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** "a, b or c" with the language's "or". */
export const joinOr = (items: readonly string[], or: string): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
