/** Small helpers to write YAML text by hand: comments wrapped to a width, and safe scalars. */

const WIDTH = 88;

/** Words of `text` in lines of at most `room` characters (a longer word gets a line of its own). */
const wrap = (text: string, room: number): string[] => {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
};

/** `text` as `# ` comment lines at `indent` spaces. */
export const comment = (text: string, indent = 0): string[] =>
  wrap(text, WIDTH - indent - 2).map((line) => `${" ".repeat(indent)}# ${line}`);

/** `text` as a folded block (`>-`) under `key`: the lines are joined with spaces when read. */
export const folded = (key: string, text: string, indent = 0): string[] => [
  `${" ".repeat(indent)}${key}: >-`,
  ...wrap(text, WIDTH - indent - 2).map((line) => `${" ".repeat(indent + 2)}${line}`),
];

// Plain scalars that YAML 1.2 (core schema) would read as something else, or
// that start with, or contain, characters with a meaning of their own.
const NOT_TEXT = /^(?:true|false|null|~|[-+]?[\d.][\d._]*(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i;
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]|\s$|:$|: | #/;
const FLOW = /[,[\]{}]/;

/**
 * A scalar, plain when that reads back as the same text, double-quoted
 * otherwise. `flow` is for values inside `{ ... }` or `[ ... ]`.
 */
export const scalar = (text: string, flow = false): string =>
  text === "" || NOT_TEXT.test(text) || INDICATOR.test(text) || (flow && FLOW.test(text))
    ? JSON.stringify(text)
    : text;
