/**
 * A boxed text table for lists that may hold tens of thousands of rows.
 * cli-table3 measures every cell with a Unicode width library and took 15 s
 * for 20,000 applicants; this measures with fit-width.ts (a cell of Latin
 * text by its length; East Asian characters and emoji as two columns) and is
 * linear in the rows.
 *
 * Every cell is made safe for a terminal here (terminal-text.ts), so no table
 * can carry an input's escape sequences. Widths are found with loops, never
 * `Math.max(...cells)`: a spread of 150,000 rows, or of one cell's 200,000
 * lines, overflows the stack.
 */
import { fitColumns, type GiveWay, pieces, visibleWidth as width } from "./fit-width.js";
import { terminalText } from "./terminal-text.js";

/**
 * Wraps a cell's text to `max` columns at spaces, and inside words wider than
 * that; existing line breaks are kept.
 */
export const wrap = (text: string, max: number): string[] =>
  text.split("\n").flatMap((paragraph) => wrapParagraph(paragraph, max));

const wrapParagraph = (paragraph: string, max: number): string[] => {
  const lines: string[] = [];
  let line = "";
  for (const whole of paragraph.split(" ")) {
    // A word wider than the column is cut into pieces of its width: one cell of
    // 100,000 characters without a space made its column that wide, and every
    // row of the table was padded to it (300 MB printed for a 300 KB list).
    for (const word of pieces(whole, max)) {
      if (line === "") line = word;
      else if (width(line) + 1 + width(word) <= max) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
  }
  lines.push(line);
  return lines;
};

/**
 * As `wrap`, with the lines after the first of a bulleted paragraph ("• ")
 * indented under its text: what a table fitted to a terminal shows.
 */
export const wrapHanging = (text: string, max: number): string[] =>
  text
    .split("\n")
    .flatMap((paragraph) =>
      paragraph.startsWith("• ") && max > 4
        ? wrapParagraph(paragraph.slice(2), max - 2).map((l, i) => (i === 0 ? `• ${l}` : `  ${l}`))
        : wrapParagraph(paragraph, max),
    );

export interface TextTableOptions {
  /** Widest a column may be before its text wraps. */
  maxWidth?: number;
  /**
   * Widest the whole table may be, borders included (a terminal's columns,
   * see fit-width.ts): the `flexible` columns wrap narrower first, then the
   * widest of all. Absent: each column as wide as its text, up to maxWidth.
   */
  width?: number | undefined;
  /** The long columns (reasons, titles), which give way first when the table must fit `width`. */
  giveWay?: readonly GiveWay[];
  /** Colours a cell's text after padding, so escapes never count as width. */
  paint?: (row: number, column: number, text: string) => string;
}

/** Lines of a table handed on at a time: a million rows never become one string. */
const PIECE_LINES = 4096;

/**
 * The table in pieces of a few thousand lines: joined, they are `textTable`.
 * A table of a million applicants is more text than a JavaScript string may
 * hold, so it is never joined.
 */
export function* textTablePieces(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  options: TextTableOptions = {},
): Generator<string> {
  const maxWidth = options.maxWidth ?? 70;
  const paint = options.paint ?? ((_r: number, _c: number, text: string) => text);
  const cells: string[][][] = new Array(rows.length + 1);
  cells[0] = head.map((cell) => wrap(terminalText(cell), maxWidth));
  for (let r = 0; r < rows.length; r++)
    cells[r + 1] = rows[r]!.map((cell) => wrap(terminalText(cell), maxWidth));
  let widths = head.map(() => 0);
  for (const row of cells) {
    for (let c = 0; c < widths.length; c++) {
      for (const line of row[c] ?? [""]) widths[c] = Math.max(widths[c]!, width(line));
    }
  }
  const budget = options.width === undefined ? undefined : options.width - 3 * head.length - 1;
  if (budget !== undefined && widths.reduce((a, b) => a + b, 0) > budget) {
    const fitted = fitColumns(widths, budget, options.giveWay);
    // The columns made narrower are wrapped again, from their text.
    for (let c = 0; c < widths.length; c++) {
      if (fitted[c] === widths[c]) continue;
      const w = fitted[c]!;
      cells[0]![c] = wrapHanging(terminalText(head[c] ?? ""), w);
      for (let r = 0; r < rows.length; r++)
        cells[r + 1]![c] = wrapHanging(terminalText(rows[r]![c] ?? ""), w);
    }
    widths = fitted;
  }
  const rule = (left: string, mid: string, right: string) =>
    `${left}${widths.map((w) => "─".repeat(w + 2)).join(mid)}${right}`;
  let out: string[] = [rule("┌", "┬", "┐")];
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r]!;
    let height = 0;
    for (const lines of row) height = Math.max(height, lines.length);
    for (let l = 0; l < height; l++) {
      const line = widths.map((w, c) => {
        const text = row[c]?.[l] ?? "";
        const padded = text + " ".repeat(w - width(text));
        return ` ${r === 0 ? padded : paint(r - 1, c, padded)} `;
      });
      out.push(`│${line.join("│")}│`);
    }
    if (r === 0) out.push(rule("├", "┼", "┤"));
    if (out.length >= PIECE_LINES) {
      yield `${out.join("\n")}\n`;
      out = [];
    }
  }
  out.push(rule("└", "┴", "┘"));
  yield out.join("\n");
}

/** A boxed table as one text, without a line break at the end. */
export const textTable = (
  head: readonly string[],
  rows: readonly (readonly string[])[],
  options: TextTableOptions = {},
): string => [...textTablePieces(head, rows, options)].join("");
