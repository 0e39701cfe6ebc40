/**
 * Fitting human output to a terminal's width (`FormatOptions.width`): how
 * wide columns of a table may be, and lines wrapped to fit. Width is counted
 * in code points, as the tables count it (the names and reasons cohort prints
 * have no wide characters); the ANSI colours cohort adds count as nothing.
 * Text from inputs reaches these functions already made safe
 * (terminal-text.ts), so every escape in it is one of ours.
 */

/** Below this a terminal is treated as this wide: narrower tables are of no use to anyone. */
export const MIN_WIDTH = 40;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the colours cohort adds are found by their ESC.
const SGR = /\u001b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as SGR, kept as a piece of its own.
const SGR_PIECE = /(\u001b\[[0-9;]*m)/;

/** Columns a text takes: its code points, not counting colour escapes. */
export const visibleWidth = (text: string): number => {
  const plain = text.includes("\u001b") ? text.replace(SGR, "") : text;
  let n = 0;
  for (const _ of plain) n++;
  return n;
};

/** Columns that give way together, down to `floor` each (fitColumns). */
export interface GiveWay {
  columns: readonly number[];
  floor: number;
}

/**
 * Widths of columns whose content would be `natural` wide, fitted into
 * `budget` columns of content: the long columns (reasons, titles, names)
 * give way first, widest first, down to a floor, stage by stage; then every
 * column that is wider than the rest, evenly, down to one column. Columns
 * never grow.
 */
export const fitColumns = (
  natural: readonly number[],
  budget: number,
  stages: readonly GiveWay[] = [],
): number[] => {
  const widths = [...natural];
  const sum = () => widths.reduce((a, b) => a + b, 0);
  const capAt = (columns: readonly number[], lowest: number) => {
    // The largest cap that brings the sum within the budget.
    let excess = sum() - budget;
    while (excess > 0) {
      let widest = -1;
      let next = lowest;
      for (const c of columns) {
        const w = widths[c]!;
        if (w <= lowest) continue;
        if (widest < 0 || w > widths[widest]!) {
          if (widest >= 0) next = Math.max(next, widths[widest]!);
          widest = c;
        } else next = Math.max(next, w);
      }
      if (widest < 0) return;
      const ties = columns.filter((c) => widths[c] === widths[widest]);
      const top = widths[widest]!;
      // Lower every column at the top together, one step of at most the gap to the next.
      const step = Math.max(1, Math.min(top - next, Math.ceil(excess / ties.length)));
      for (const c of ties) {
        const cut = Math.min(step, widths[c]! - lowest, excess);
        if (cut <= 0) continue;
        widths[c]! -= cut;
        excess -= cut;
      }
    }
  };
  if (sum() <= budget) return widths;
  for (const stage of stages) if (sum() > budget) capAt(stage.columns, stage.floor);
  if (sum() > budget)
    capAt(
      natural.map((_, i) => i),
      1,
    );
  return widths;
};

/** One word in pieces of at most `max` columns. */
const pieces = (word: string, max: number): string[] => {
  if (visibleWidth(word) <= max) return [word];
  const out: string[] = [];
  let piece = "";
  let n = 0;
  // Escapes stay with the character after them, and count as nothing.
  for (const token of word.split(SGR_PIECE)) {
    if (token.startsWith("\u001b")) {
      piece += token;
      continue;
    }
    for (const char of token) {
      if (n === max) {
        out.push(piece);
        piece = "";
        n = 0;
      }
      piece += char;
      n++;
    }
  }
  if (piece !== "") out.push(piece);
  return out;
};

/**
 * One line wrapped at spaces to `width` columns; a word wider than that is
 * cut. Lines after the first are indented as the line is (its leading
 * spaces), plus `hang` more.
 */
export const wrapLine = (line: string, width: number, hang = 0): string[] => {
  if (line.length <= width || visibleWidth(line) <= width) return [line];
  const lead = /^ */.exec(line)![0].length;
  const indent = " ".repeat(Math.min(lead + hang, Math.floor(width / 2)));
  const out: string[] = [];
  let current = line.slice(0, lead);
  let used = lead;
  let empty = true;
  for (const word of line.slice(lead).split(" ")) {
    const w = visibleWidth(word);
    if (!empty && used + 1 + w <= width) {
      current += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (!empty) {
      out.push(current);
      current = indent;
      used = indent.length;
    }
    const parts = pieces(word, Math.max(1, width - used));
    for (let i = 0; i < parts.length - 1; i++) {
      out.push(current + parts[i]);
      current = indent;
      used = indent.length;
    }
    const last = parts[parts.length - 1] ?? "";
    current += last;
    used += visibleWidth(last);
    empty = false;
  }
  out.push(current);
  return out;
};

/** Every line of `text` wrapped to `width` (unchanged when `width` is undefined). */
export const fitLines = (text: string, width: number | undefined, hang = 0): string =>
  width === undefined
    ? text
    : text
        .split("\n")
        .flatMap((line) => wrapLine(line, width, hang))
        .join("\n");

/** A text cut to `width` columns, "…" marking the cut. */
export const shorten = (text: string, width: number): string => {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
};
