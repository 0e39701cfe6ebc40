/**
 * Cell text -> typed value, for the row loop: plain functions, no regex per
 * cell where a character scan will do, no zod (it would double the time of a
 * million-row check). Each parser returns the value, or PARSE_ERROR.
 *
 * Representation (what the rule engine compares):
 * - boolean: true/false
 * - number: a finite number
 * - date: whole days since 1970-01-01 (time-zone free)
 * - datetime: minutes since 1970-01-01 00:00 of the wall clock as written
 * - string and enum: the text (enum: the declared spelling)
 * Empty cells are `null`.
 */
import { daysInMonth, describeImpossibleDate, toDayNumber } from "../calendar/date.js";
import type { FieldSpec } from "../program/schema.js";
import { ownString } from "../text/own-string.js";

export const PARSE_ERROR = Symbol("parse error");
export type Value = string | number | boolean | null;
export type Parser = (text: string) => Value | typeof PARSE_ERROR;

/**
 * Besides ja/nei, yes/no and 1/0: TRUE and FALSE as Excel in each Nordic
 * language writes them into CSV (SANN/USANN in Norwegian, SANT/FALSKT in
 * Swedish, SAND/FALSK in Danish, TOSI/EPÄTOSI in Finnish), compared without case.
 */
const TRUE = new Set(["ja", "yes", "true", "1", "x", "kyllä", "sann", "sant", "sand", "tosi"]);
const FALSE = new Set([
  "nei",
  "nej",
  "no",
  "false",
  "0",
  "ei",
  "usann",
  "falskt",
  "falsk",
  "epätosi",
]);

export const parseBoolean: Parser = (text) => {
  // Exact spellings first: the row loop meets them millions of times.
  switch (text) {
    case "ja":
    case "yes":
    case "true":
    case "1":
    case "x":
      return true;
    case "nei":
    case "nej":
    case "no":
    case "false":
    case "0":
    case "":
      return false;
  }
  const t = text.trim().toLowerCase();
  if (t === "") return false;
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  // EPÄTOSI typed on a Mac comes decomposed (A + combining diaeresis).
  const composed = t.normalize("NFC");
  if (composed !== t) {
    if (TRUE.has(composed)) return true;
    if (FALSE.has(composed)) return false;
  }
  return PARSE_ERROR;
};

/** 10^0 to 10^22: the powers of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, n) => Number(`1e${n}`));

/** Numbers with `.` or `,` as decimal mark; spaces (also non-breaking) as thousands separators. */
/**
 * Plain decimal numbers (`-12`, `3.5`, `3,5`) validated by a character scan
 * and converted by Number(), so the value is exactly what Number() gives;
 * anything else returns undefined and takes the slow path.
 */
const plainNumber = (t: string): number | undefined => {
  let i = t.charCodeAt(0) === 45 || t.charCodeAt(0) === 43 ? 1 : 0;
  let digits = 0;
  let mark = -1;
  // The digits as a whole number, while it is exact (15 digits are below 2^53).
  let whole = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      whole = whole * 10 + (c - 48);
    } else if ((c === 46 || c === 44) && mark < 0) mark = i;
    else return undefined;
  }
  if (digits === 0) return undefined;
  // An exact whole number divided by an exact power of ten is rounded once,
  // to the double nearest the decimal (Clinger's fast path): what Number()
  // gives, without building the text with a point for it.
  const decimals = mark < 0 ? 0 : t.length - mark - 1;
  if (digits <= 15 && decimals <= 22) {
    const value = whole / POWERS_OF_TEN[decimals]!;
    return t.charCodeAt(0) === 45 ? -value : value;
  }
  return Number(
    mark >= 0 && t.charCodeAt(mark) === 44 ? `${t.slice(0, mark)}.${t.slice(mark + 1)}` : t,
  );
};

export const parseNumber: Parser = (text) => {
  const fast = plainNumber(text);
  // 400 nines are Infinity to Number(): out of range, as the slow path says.
  if (fast !== undefined) return Number.isFinite(fast) ? fast : PARSE_ERROR;
  return parseNumberSlowly(text);
};

/** The general number parser; the fast path must agree with it (a property test checks). */
export const parseNumberSlowly: Parser = (text) => {
  let t = text.trim();
  if (t === "") return null;
  if (/[\s\u00a0\u202f]/.test(t)) t = t.replace(/[\s\u00a0\u202f]/g, "");
  const comma = t.indexOf(",");
  if (comma >= 0) {
    if (t.indexOf(".") >= 0 || t.indexOf(",", comma + 1) >= 0) return PARSE_ERROR;
    t = `${t.slice(0, comma)}.${t.slice(comma + 1)}`;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return PARSE_ERROR;
  const n = Number(t);
  return Number.isFinite(n) ? n : PARSE_ERROR;
};

const digits = (text: string, from: number, count: number): number => {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
};

const dayOf = (year: number, month: number, day: number): number | typeof PARSE_ERROR =>
  year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
    ? PARSE_ERROR
    : toDayNumber(year, month, day);

/** YYYY-MM-DD at `at` in `text`, or PARSE_ERROR. */
const isoDayAt = (text: string, at: number): number | typeof PARSE_ERROR =>
  text.charCodeAt(at + 4) === 45 && text.charCodeAt(at + 7) === 45
    ? dayOf(digits(text, at, 4), digits(text, at + 5, 2), digits(text, at + 8, 2))
    : PARSE_ERROR;

/** YYYY-MM-DD or DD.MM.YYYY (also D.M.YYYY). */
export const parseDate: Parser = (text) => {
  if (text.length === 10 && text.charCodeAt(4) === 45) return isoDayAt(text, 0);
  const t = text.trim();
  if (t === "") return null;
  if (t.length === 10 && t[4] === "-" && t[7] === "-") return isoDayAt(t, 0);
  const first = t.indexOf(".");
  const second = t.indexOf(".", first + 1);
  if (
    first > 0 &&
    first <= 2 &&
    second > first + 1 &&
    second - first <= 3 &&
    t.length - second === 5
  ) {
    return dayOf(
      digits(t, second + 1, 4),
      digits(t, first + 1, second - first - 1),
      digits(t, 0, first),
    );
  }
  return PARSE_ERROR;
};

/**
 * A date, optionally followed by `T` or a space and HH:MM[:SS]. Any zone
 * suffix is ignored: first-come order compares times as written.
 */
export const parseDatetime: Parser = (text) => {
  // Fast path for the common YYYY-MM-DDTHH:MM[:SS] without a zone, with `T`
  // or a space (as form exports and spreadsheets write it) between the parts.
  if (
    (text.length === 16 || text.length === 19) &&
    (text.charCodeAt(10) === 84 || text.charCodeAt(10) === 32) &&
    text.charCodeAt(13) === 58
  ) {
    const day = isoDayAt(text, 0);
    const hours = digits(text, 11, 2);
    const minutes = digits(text, 14, 2);
    // Only :SS may follow HH:MM here; anything else (" PM", "abc") is the slow path's to judge.
    const seconds = text.length === 16 ? 0 : text.charCodeAt(16) === 58 ? digits(text, 17, 2) : -1;
    if (
      typeof day === "number" &&
      hours >= 0 &&
      hours <= 23 &&
      minutes >= 0 &&
      minutes <= 59 &&
      seconds >= 0 &&
      seconds <= 59
    ) {
      return day * 1440 + hours * 60 + minutes + seconds / 60;
    }
  }
  return parseDatetimeSlowly(text);
};

/** The general datetime parser; the fast path must agree with it (a property test checks). */
export const parseDatetimeSlowly: Parser = (text) => {
  const t = text.trim();
  if (t === "") return null;
  const split = t.search(/[T ]/);
  const day = parseDate(split < 0 ? t : t.slice(0, split));
  if (day === null || day === PARSE_ERROR) return day;
  if (split < 0) return (day as number) * 1440;
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    t.slice(split + 1).trim(),
  );
  if (!time) return PARSE_ERROR;
  const hours = Number(time[1]);
  const minutes = Number(time[2]);
  if (hours > 23 || minutes > 59 || Number(time[3] ?? 0) > 59) return PARSE_ERROR;
  return (day as number) * 1440 + hours * 60 + minutes + Number(time[3] ?? 0) / 60;
};

export const parseString: Parser = (text) => {
  const t = text.trim();
  return t === "" ? null : t;
};

/** Enum cells match the declared values ignoring case and surrounding space. */
export const enumParser = (values: readonly string[]): Parser => {
  const byLower = new Map(values.map((v) => [v.normalize("NFC").toLowerCase(), v]));
  const exact = new Set(values);
  // Other spellings met (" Kommune", "STRATEGISK"): a list holds a few, each
  // a great many times, so each is lowered and normalised once. Bounded, and
  // short cells only: a long one is seldom met twice.
  const spelt = new Map<string, Value | typeof PARSE_ERROR>();
  return (text) => {
    if (exact.has(text)) return text;
    const known = spelt.get(text);
    if (known !== undefined) return known;
    const t = text.trim();
    // A value typed in decomposed Unicode (NFD, as macOS writes "ä") is the same value.
    const value =
      t === ""
        ? null
        : (byLower.get(t.toLowerCase()) ??
          byLower.get(t.normalize("NFC").toLowerCase()) ??
          PARSE_ERROR);
    if (text.length <= MEMO_CHARS && spelt.size < MEMO_SPELLINGS) spelt.set(ownString(text), value);
    return value;
  };
};

/** The enum spellings kept per field, and the longest cell kept. */
const MEMO_SPELLINGS = 256;
const MEMO_CHARS = 64;

export const parserFor = (spec: FieldSpec): Parser => {
  switch (spec.type) {
    case "boolean":
      return parseBoolean;
    case "number":
      return parseNumber;
    case "date":
      return parseDate;
    case "datetime":
      return parseDatetime;
    case "enum":
      return enumParser(spec.values ?? []);
    case "string":
      return parseString;
  }
};

/** What a value of each type looks like, for messages about cells that do not parse. */
export const EXPECTED: Record<FieldSpec["type"], string> = {
  boolean: "ja/nei, yes/no, true/false, 1/0 or x",
  number: "a number (1234,5 or 1234.5)",
  date: "a date YYYY-MM-DD or DD.MM.YYYY",
  datetime: "a date and time YYYY-MM-DD HH:MM",
  enum: "one of the declared values",
  string: "text",
};

/** A cell written like a date that names no real day: what words about it need. */
export interface ImpossibleDate {
  /** Why, in English, as JSON writes it. */
  message: string;
  /** The date as the cell writes it (2014-02-30, 30.02.2014). */
  written: string;
  year: number;
  month: number;
  /** The days of the month, when the month is real (the day is not). */
  days?: number;
}

/**
 * For a cell written like a date but naming no real day (2014-02-30,
 * 31.04.2027), says why; undefined for anything else.
 */
export const whyNotADate = (text: string): ImpossibleDate | undefined => {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  const dotted = iso ? null : /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: .*)?$/.exec(t);
  if (!iso && !dotted) return undefined;
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : [dotted![3]!, dotted![2]!.padStart(2, "0"), dotted![1]!.padStart(2, "0")];
  const why = describeImpossibleDate(`${year}-${month}-${day}`);
  if (!why) return undefined;
  const written = iso ? `${year}-${month}-${day}` : t.split(" ")[0]!;
  const y = Number(year);
  const m = Number(month);
  return {
    message: why.replace(/^\S+/, written),
    written,
    year: y,
    month: m,
    ...(m >= 1 && m <= 12 ? { days: daysInMonth(y, m) } : {}),
  };
};
