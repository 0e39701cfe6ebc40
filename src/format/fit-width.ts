/**
 * Fitting human output to a terminal's width (`FormatOptions.width`): how
 * wide columns of a table may be, lines wrapped to fit, texts shortened or
 * windowed with "…". Width is the columns a terminal gives a text (its
 * display width, see `visibleWidth`); the ANSI colours cohort adds count as
 * nothing. Text from inputs reaches these functions already made safe
 * (terminal-text.ts), so every escape in it is one of ours.
 */

/** Below this a terminal is treated as this wide: narrower tables are of no use to anyone. */
export const MIN_WIDTH = 40;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the colours cohort adds are found by their ESC.
const SGR = /\u001b\[[0-9;]*m/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as SGR, kept as a piece of its own.
const SGR_PIECE = /(\u001b\[[0-9;]*m)/;

/**
 * Text every character of which takes one column: printable ASCII and Latin
 * (up to U+02FF, before the combining marks), and the punctuation, arrows,
 * mathematical signs, box drawing, control pictures and marks cohort writes
 * itself (– • … ≥ → ─ │ ␛ ✔ ✘ ✖ ⚠ �). Nearly all cohort prints, so it is
 * measured by its length.
 */
const NARROW =
  /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2190-\u21ff\u2200-\u22ff\u2400-\u2426\u2500-\u257f\u26a0\u2714\u2716\u2718\ufffd]*$/;

/**
 * East Asian Wide and Fullwidth characters outside the emoji (which
 * `\p{Emoji_Presentation}` finds): Hangul, CJK, kana, fullwidth forms. A
 * terminal gives each two columns.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff],
  [0x1aff0, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

// Marks that combine with the character before them, invisible format
// characters (zero width space and joiner, bidirectional marks, variation
// selectors) and Hangul's medial and final jamo take no column of their own.
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const isRegional = (code: number): boolean => code >= 0x1f1e6 && code <= 0x1f1ff;
const isSkinTone = (code: number): boolean => code >= 0x1f3fb && code <= 0x1f3ff;

const isWide = (code: number): boolean => {
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = WIDE[mid]!;
    if (code < from) hi = mid - 1;
    else if (code > to) lo = mid + 1;
    else return true;
  }
  return false;
};

const codeWidth = (code: number): number => {
  if (code === 0x09) return 1;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code < 0x300) return 1;
  const char = String.fromCodePoint(code);
  if (ZERO.test(char)) return 0;
  if (isWide(code) || EMOJI.test(char)) return 2;
  return 1;
};

/**
 * Columns one character takes on its own: 0 for controls but the tab (C0,
 * C1: they reach a terminal only as control pictures, see terminal-text.ts) and
 * combining or invisible ones, 2 for wide ones, else 1. The soft hyphen is
 * 1, as terminals show it; East Asian "ambiguous" characters (…, ─, ✔) are
 * 1, as a terminal outside East Asia shows them.
 */
export const charWidth = (char: string): number => codeWidth(char.codePointAt(0) ?? 0);

/**
 * Calls `visit` with each character of `text` as a terminal shows it (from
 * and to in UTF-16 units, and its columns), in order, until it returns
 * false. Combining marks, variation selectors and skin tones stay with the
 * character before them; a zero width joiner joins the characters on each
 * side (one emoji: 👩‍💻); two regional indicators make one flag; an emoji
 * asked for by VS16 (❤️) takes two columns. Nothing is allocated per
 * character: a code frame scans a line of 260 KB once per finding.
 */
const scan = (text: string, visit: (from: number, to: number, width: number) => boolean): void => {
  let from = -1;
  let width = 0;
  let base = 0;
  let joining = false;
  let regional = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const own = codeWidth(code);
    if (from >= 0 && (joining || own === 0 || isSkinTone(code))) {
      if (code === VS16 && width === 1 && PICTOGRAPH.test(String.fromCodePoint(base))) width = 2;
      regional = false;
    } else if (from >= 0 && regional && isRegional(code)) {
      regional = false;
    } else {
      if (from >= 0 && !visit(from, i, width)) return;
      from = i;
      width = own;
      base = code;
      regional = isRegional(code);
    }
    joining = code === ZWJ;
    i += code > 0xffff ? 2 : 1;
  }
  if (from >= 0) visit(from, text.length, width);
};

/** A character as a terminal shows it: a base with what joins it (see `scan`), and its columns. */
export interface Cell {
  text: string;
  width: number;
}

/** The characters of a text as a terminal shows them (`scan`). Colour escapes are not expected here. */
export const cells = (text: string): Cell[] => {
  const out: Cell[] = [];
  scan(text, (from, to, width) => {
    out.push({ text: text.slice(from, to), width });
    return true;
  });
  return out;
};

/**
 * Columns a text takes on a terminal, not counting colour escapes: its
 * characters' display widths (`scan`). A line feed counts as nothing (the
 * formats split text at line feeds), a tab as one column: the formats that
 * fit a text to a terminal show it as a space (`wrapLine`), and a table
 * laid out for a file pads it as one.
 */
export const visibleWidth = (text: string): number => {
  const plain = text.includes("\u001b") ? text.replace(SGR, "") : text;
  if (NARROW.test(plain)) return plain.length;
  let n = 0;
  scan(plain, (_from, _to, width) => {
    n += width;
    return true;
  });
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

/**
 * One word in pieces of at most `first` columns, then `rest`, cut between
 * characters as a terminal shows them (never inside an emoji or between a
 * letter and its accent). A character wider than that is a piece of its own.
 */
export const pieces = (word: string, first: number, rest = first): string[] => {
  if (visibleWidth(word) <= first) return [word];
  let max = first;
  const out: string[] = [];
  let piece = "";
  let n = 0;
  // Escapes stay with the character after them, and count as nothing.
  for (const token of word.split(SGR_PIECE)) {
    if (token.startsWith("\u001b")) {
      piece += token;
      continue;
    }
    for (const cell of cells(token)) {
      // A wide character that does not fit where the word starts goes to the next line.
      if (n + cell.width > max && (n > 0 || (out.length === 0 && max < rest))) {
        out.push(piece);
        piece = "";
        n = 0;
        max = rest;
      }
      piece += cell.text;
      n += cell.width;
    }
  }
  if (piece !== "") out.push(piece);
  return out;
};

/**
 * One line wrapped at spaces to `width` columns; a word wider than that is
 * cut. Lines after the first are indented as the line is (its leading
 * spaces), plus `hang` more, but never by more than half the width; a line
 * indented by more than half the width is indented by half. The spaces
 * where a line breaks are dropped; a run of spaces between words that stay
 * on one line is kept. Tabs are shown as spaces (a terminal would take them
 * to its next tab stop). No line is wider than `width` (of at least 4).
 */
export const wrapLine = (given: string, width: number, hang = 0): string[] => {
  if (given.length <= width && NARROW.test(given)) return [given];
  const line = given.replace(/\t/g, " ");
  if (visibleWidth(line) <= width) return [line];
  const half = Math.floor(width / 2);
  const own = /^ */.exec(line)![0].length;
  const lead = Math.min(own, half);
  const indent = " ".repeat(Math.min(lead + hang, half));
  const out: string[] = [];
  let current = " ".repeat(lead);
  let used = lead;
  let empty = true;
  let gap = 0;
  for (const word of line.slice(own).split(" ")) {
    if (word === "") {
      gap++;
      continue;
    }
    const w = visibleWidth(word);
    if (!empty && used + gap + w <= width) {
      current += `${" ".repeat(gap)}${word}`;
      used += gap + w;
      gap = 1;
      continue;
    }
    if (!empty) {
      out.push(current);
      current = indent;
      used = indent.length;
    }
    // The first piece goes where the line is; the rest on lines of their own, indented.
    const parts = pieces(word, Math.max(1, width - used), Math.max(1, width - indent.length));
    for (let i = 0; i < parts.length - 1; i++) {
      out.push(current + parts[i]);
      current = indent;
      used = indent.length;
    }
    const last = parts[parts.length - 1] ?? "";
    current += last;
    used += visibleWidth(last);
    empty = false;
    gap = 1;
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
  if (visibleWidth(text) <= width) return text;
  let out = "";
  let n = 0;
  for (const cell of cells(text)) {
    if (n + cell.width > width - 1) break;
    out += cell.text;
    n += cell.width;
  }
  return `${out}…`;
};

/**
 * Where a window of `frame` columns over a one-line text starts, so that it
 * shows the character at `at` (in UTF-16 units, as a YAML column counts from
 * 0) about in its middle: 0 when the whole text fits. `column`: the column
 * of that character in the whole text (past its end when `at` is).
 */
export const windowStart = (
  text: string,
  at: number,
  frame: number,
): { start: number; column: number } => {
  let total = 0;
  let column = -1;
  if (NARROW.test(text)) {
    total = text.length;
    column = at;
  } else {
    scan(text, (_from, to, width) => {
      if (column < 0 && to > at) column = total;
      total += width;
      return true;
    });
    if (column < 0) column = total + Math.max(0, at - text.length);
  }
  if (total <= frame) return { start: 0, column };
  return { start: Math.max(0, Math.floor(Math.min(column - frame / 2, total - frame))), column };
};

/**
 * The characters of a one-line text within columns `start` to `start +
 * frame`, "…" before them when `start` is past 0 and after them when the
 * text goes on (the marks are outside the frame). `first`: the column in the
 * whole text of the first character shown (a wide character cut by the
 * window's edge is left out).
 */
export const sliceColumns = (
  text: string,
  start: number,
  frame: number,
): { text: string; first: number } => {
  let from = -1;
  let to = -1;
  let first = start;
  let more = false;
  if (NARROW.test(text)) {
    from = Math.min(start, text.length);
    to = Math.min(start + frame, text.length);
    more = start + frame < text.length;
  } else {
    let column = 0;
    scan(text, (begin, end, width) => {
      const at = column;
      column += width;
      if (at < start) return true;
      if (at + width > start + frame) {
        more = true;
        return false;
      }
      if (from < 0) {
        from = begin;
        first = at;
      }
      to = end;
      return true;
    });
  }
  const shown = from < 0 ? "" : text.slice(from, to);
  return { text: `${start > 0 ? "…" : ""}${shown}${more ? "…" : ""}`, first };
};
