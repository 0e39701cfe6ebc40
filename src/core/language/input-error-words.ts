/**
 * The words of the problems that stop a run because of its inputs
 * (src/core/input-problems.ts): one function per code, given the problem's
 * params, so the compiler names every code a language still lacks. Each
 * language's words live in input-errors/<code>.ts. File names, ids, columns
 * and sheets come as the user wrote them; counts and sizes come as numbers
 * and are written the language's way here.
 */
import type {
  InputProblem,
  InputProblemCode,
  InputProblemOf,
  SystemFault,
} from "../input-problems.js";

export type InputErrorWords = {
  readonly [C in InputProblemCode]: (problem: InputProblemOf<C>) => string;
};

/** The words of one problem in the given words: the one dispatch over codes. */
export const inputProblemWords = (words: InputErrorWords, problem: InputProblem): string =>
  (words[problem.code] as (p: InputProblem) => string)(problem);

/**
 * A size as people read it, in the unit of its limit: MiB when the limit is
 * a whole number of MiB, else MB; one decimal for a size, none needed for a
 * limit. `comma`: the decimal sign is a comma (every language but English).
 */
export const sizeText = (bytes: number, limit: number, comma: boolean, exact = false): string => {
  const mib = limit % 2 ** 20 === 0;
  const value = mib ? bytes / 2 ** 20 : bytes / 1e6;
  const written = exact ? String(Math.round(value * 10) / 10) : value.toFixed(1);
  const number = comma ? written.replace(".", ",") : written;
  return `${number}${comma ? "\u00a0" : " "}${mib ? "MiB" : "MB"}`;
};

/** `"a", "b"`: names quoted with the language's quotes, joined by commas. */
export const quotedList = (names: readonly string[], open: string, close: string): string =>
  names.map((n) => `${open}${n}${close}`).join(", ");

/**
 * The errno codes the languages word themselves; any other fault is shown
 * as the system said it.
 */
export type FaultCode =
  | "ENOENT"
  | "EACCES"
  | "EPERM"
  | "EROFS"
  | "ENOSPC"
  | "EDQUOT"
  | "EISDIR"
  | "ENOTDIR"
  | "ELOOP"
  | "ENAMETOOLONG"
  | "EEXIST"
  | "EBUSY"
  | "EMFILE"
  | "EIO"
  | "EXDEV"
  | "ETXTBSY"
  | "EFBIG";

/** A fault in words of `words` (by its code), else the system's own text. */
export const faultText = (
  fault: SystemFault,
  words: Readonly<Record<FaultCode, string>>,
): string =>
  fault.code !== undefined && Object.hasOwn(words, fault.code)
    ? words[fault.code as FaultCode]
    : fault.text;

/** An id as read, with control characters and other invisibles made visible, in double quotes. */
export const shownId = (id: string): string =>
  JSON.stringify(id).replace(
    /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
