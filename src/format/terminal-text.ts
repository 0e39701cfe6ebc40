/**
 * Text from an input (an applicant id, a cell, a program's name, a line of a
 * program file) shown in a human format or an error message: a terminal
 * obeys the control characters in it, so a crafted list could set the
 * window title, erase rows, or hide the rest of a table (`ESC[8m`). Every
 * human format passes such text through `terminalText` before it adds its
 * own colours; machine formats keep the data exact (see each format).
 *
 * What is made visible:
 * - C0 controls except line feed and tab, shown as their Unicode control
 *   pictures (ESC as `␛`, NUL as `␀`, CR as `␍`), and DEL as `␡`;
 * - C1 controls (U+0080-U+009F: a terminal in UTF-8 may read U+009B as CSI)
 *   and the bidirectional embeddings, overrides and isolates (which reorder
 *   what is shown), as U+FFFD;
 * - lone surrogates, as U+FFFD (they are not text, and UTF-8 cannot carry them).
 *
 * Text without any of these comes back unchanged, so ordinary output does
 * not change.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
const UNSAFE_ALL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f]|[\u0080-\u009f\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu;

const picture = (char: string): string => {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return "\ufffd";
};

/** `text` with every control character made visible; line feeds and tabs are kept. */
export const terminalText = (text: string): string =>
  UNSAFE.test(text) ? text.replace(UNSAFE_ALL, picture) : text;

/** As `terminalText`, for text that must stay on one line: line feeds are shown as `␊`. */
export const terminalLine = (text: string): string => terminalText(text).replace(/\n/g, "\u240a");
