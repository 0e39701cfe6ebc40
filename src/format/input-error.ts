/**
 * The words of an input error as src/cli/main.ts prints it: its problem
 * (src/core/input-problems.ts) or the invalid program it carries, in the
 * language of the run; and the fitting of an error to a terminal's width.
 */

import type { LocatedFinding } from "../core/findings.js";
import type { InputProblem } from "../core/input-problems.js";
import { namedInputs } from "../core/input-problems.js";
import { type Locale, languageOf } from "../core/language/index.js";
import { inputProblemWords } from "../core/language/input-error-words.js";
import { visibleWidth } from "./fit-width.js";
import { invalidProgramText } from "./program/invalid.js";

/** What is needed of an input error to word it. */
export interface WordedError {
  message: string;
  problem?: InputProblem | undefined;
  /** A program file with errors (src/errors.ts's InvalidProgram). */
  invalidProgram?: { file: string; errors: readonly LocatedFinding[] } | undefined;
}

/** An input error in the words of `locale`: its invalid program, else its problem, else its message. */
export const inputErrorText = (error: WordedError, locale: Locale): string => {
  const language = languageOf(locale);
  if (error.invalidProgram)
    return invalidProgramText(error.invalidProgram, language.invalidProgram);
  if (error.problem) return inputProblemWords(language.inputErrors, error.problem);
  return error.message;
};

/** The names in an error a wrapped line must keep whole: its files, folders, sheets, ids. */
export const keptWhole = (error: WordedError): string[] =>
  error.problem
    ? namedInputs(error.problem)
    : error.invalidProgram
      ? [error.invalidProgram.file]
      : [];

/**
 * A line in words, a run of spaces as empty words between them (as
 * `split(" ")` gives them); the names in `whole` are one word with what
 * touches them, spaces and all.
 */
const wordsOf = (line: string, whole: readonly string[]): string[] => {
  if (whole.length === 0) return line.split(" ");
  const out: string[] = [];
  let word = "";
  for (let i = 0; i < line.length; ) {
    const name = whole.find((w) => line.startsWith(w, i));
    if (name !== undefined) {
      word += name;
      i += name.length;
    } else if (line[i] === " ") {
      out.push(word);
      word = "";
      i++;
    } else {
      word += line[i];
      i++;
    }
  }
  out.push(word);
  return out;
};

/**
 * An error's text fitted to `width` columns: each line wrapped at spaces,
 * the lines it wraps into indented as it is plus `hang`. A word is never
 * cut, nor a name of `whole` broken at its spaces: one wider than the
 * width stands on a line of its own, wider than the terminal, rather than
 * become a file name nobody can copy. Unchanged when `width` is undefined.
 */
export const fitError = (
  text: string,
  width: number | undefined,
  whole: readonly string[] = [],
  hang = 2,
): string => {
  if (width === undefined || width <= 0) return text;
  const spaced = [...new Set(whole.filter((w) => w.includes(" ")))].sort(
    (a, b) => b.length - a.length,
  );
  return text
    .split("\n")
    .flatMap((line) => {
      if (visibleWidth(line) <= width) return [line];
      const own = /^ */.exec(line)![0].length;
      const indent = " ".repeat(Math.min(own + hang, Math.floor(width / 2)));
      const out: string[] = [];
      let current = line.slice(0, own);
      let used = own;
      let empty = true;
      let gap = 0;
      for (const word of wordsOf(line.slice(own), spaced)) {
        if (word === "") {
          gap++;
          continue;
        }
        const w = visibleWidth(word);
        if (empty || used + gap + w <= width) {
          current += `${empty ? "" : " ".repeat(gap)}${word}`;
          used += (empty ? 0 : gap) + w;
        } else {
          out.push(current);
          current = indent + word;
          used = indent.length + w;
        }
        empty = false;
        gap = 1;
      }
      out.push(current);
      return out;
    })
    .join("\n");
};
