import type { InitWords } from "../init-words.js";

export const init: InitWords = {
  notAnId: (given, example) =>
    `"${given}" is not a program id: use lower-case letters, digits, "-" and "_", starting with a letter or digit${example ? `; for example: ${example}` : ""}`,
  wroteSchema: (file, command) =>
    `wrote ${file}, the JSON Schema the file's editor modeline points at (update it with: ${command})`,
  wrote: (file, locale, country) =>
    `wrote ${file} (locale ${locale}, country ${country}; its dates and values are examples)`,
  next: (command) => `next: edit it, then run: ${command}`,
};
