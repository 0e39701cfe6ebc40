/**
 * An applicant's ranked choices of class or site, from the cells that hold
 * them, resolved against the classes of the intake worked on
 * (docs/program-format.md, "Ranked choices").
 *
 * - One column holding an ordered list: choices are separated by commas,
 *   semicolons, slashes or line breaks, and may be numbered ("1. Bergen
 *   2. Tromsø", "1) Bergen, 2) Tromsø"); the numbers are dropped and the
 *   order of appearance kept.
 * - Several columns, one choice each, best first; empty columns may follow
 *   the last choice, but not come before one.
 *
 * A choice is matched like an enum value: case, surrounding space, runs of
 * space inside, invisible characters and Unicode normalisation are ignored.
 * A word that means several things means, in this order of precedence: one
 * of the `any` words, a site (every class there), a class id, a class label.
 *
 * A choice is repeated when it adds no class that the choices before it did
 * not already allow: the same class or site twice, a class of a site chosen
 * before, anything after "any class".
 */
import type { Choice } from "../allocation/types.js";
import type { ChoicesSpec, ProgramClass } from "../program/schema.js";
import { closest, listOr } from "../text/did-you-mean.js";

/**
 * What a bad choice cell says: the cell's column and text, and why (in
 * English, and as a code with what other languages' words need; layout.ts's
 * CellProblemCode says what `numbers`, `values` and `words` hold).
 */
export interface ChoiceProblem {
  column: string;
  value: string;
  message: string;
  code?: "choice-unknown" | "choice-repeated" | "choice-none" | "choice-gap";
  numbers?: readonly number[];
  values?: readonly string[];
  words?: readonly string[];
}

export type ChoiceResult =
  | { ok: true; choices: readonly Choice[] }
  | { ok: false; problems: ChoiceProblem[] };

/**
 * Problems reported per row at most (docs/reliability.md): a hostile cell of
 * a hundred thousand unknown words gets five messages, not a hundred thousand.
 */
export const MAX_CHOICE_PROBLEMS = 5;

/** Distinct cells whose reading is remembered; a million rows hold few distinct lists. */
const CACHE_SIZE = 4096;
/** Longer cells are read every time: 4,096 hostile cells of 4 MB would hold 16 GB. */
const CACHED_LENGTH = 512;

const INVISIBLE_ALL = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;

/** A word as messages quote it: a hostile cell's word of megabytes is cut short. */
const cut = (word: string): string => (word.length > 100 ? `${word.slice(0, 100)}…` : word);
const quoted = (word: string): string => `"${cut(word)}"`;

/** The form a choice is compared in: NFC, no invisible characters, single spaces, lower case. */
export const choiceKey = (word: string): string =>
  word.normalize("NFC").replace(INVISIBLE_ALL, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * A number of one or two digits with "." or ")" that starts a choice: at the
 * start of the cell or after a space or separator, and not followed by a digit
 * (so "2.5" is not a number mark).
 */
const NUMBER_MARK = /(^|[\s,;/])\d{1,2}[.)](?!\d)/gu;
const SEPARATORS = /[,;/\n\r]/u;

/** The words of a one-column list, in order, numbering dropped, empty ones left out. */
export const splitChoiceList = (text: string): string[] => {
  // A number mark becomes a line break: a separator like any other.
  const marked = text.replace(NUMBER_MARK, "$1\n");
  const words: string[] = [];
  for (const part of marked.split(SEPARATORS)) {
    const word = part.trim();
    if (word !== "") words.push(word);
  }
  return words;
};

/** The choice a word names. */
interface Target {
  choice: Choice;
  /** Position in the reader's list of targets (what a worker thread sends). */
  index: number;
}

export interface ChoiceReader {
  form: "list" | "columns";
  /** The headers read, as the program names them. */
  columns: readonly string[];
  required: boolean;
  /** Every choice a word can name; `Choice` objects are shared, so compare them by identity. */
  targets: readonly Choice[];
  /** Reads the cells of the choice columns, in the order of `columns` ("" for a missing column). */
  read(cells: readonly string[]): ChoiceResult;
}

/** How a class is named in messages: its label, with its id when they differ. */
const className = (c: ProgramClass): string =>
  choiceKey(c.label) === c.id ? c.label : `${c.label} (${c.id})`;

/**
 * The reader for one intake's classes. `classes` must be non-empty; the
 * resolved choices' class indexes are positions in it.
 */
export const choiceReader = (spec: ChoicesSpec, classes: readonly ProgramClass[]): ChoiceReader => {
  const words = new Map<string, Target>();
  const targets: Choice[] = [];
  const add = (word: string, choice: Choice) => {
    const key = choiceKey(word);
    if (key === "" || words.has(key)) return;
    let index = targets.indexOf(choice);
    if (index < 0) index = targets.push(choice) - 1;
    words.set(key, { choice, index });
  };
  const all = classes.map((_, i) => i);
  const anyChoice: Choice = Object.freeze({ id: "*", kind: "any", classes: Object.freeze(all) });
  for (const word of spec.any ?? []) add(word, anyChoice);
  const sites = new Map<string, { site: string; classes: number[] }>();
  classes.forEach((c, i) => {
    const key = choiceKey(c.site);
    const site = sites.get(key);
    if (site) site.classes.push(i);
    else sites.set(key, { site: c.site, classes: [i] });
  });
  for (const { site, classes: members } of sites.values())
    add(site, Object.freeze({ id: site, kind: "site", classes: Object.freeze(members) }));
  const classChoices = classes.map((c, i) =>
    Object.freeze<Choice>({ id: c.id, kind: "class", classes: Object.freeze([i]) }),
  );
  for (const [i, c] of classes.entries()) add(c.id, classChoices[i]!);
  for (const [i, c] of classes.entries()) add(c.label, classChoices[i]!);

  const known = [
    ...classes.map(className),
    ...[...sites.values()].map((s) => s.site),
    ...(spec.any ?? []).map((w) => `"${w}"`),
  ];
  const spellings = [
    ...classes.flatMap((c) => [c.id, c.label]),
    ...[...sites.values()].map((s) => s.site),
    ...(spec.any ?? []),
  ];
  const names = [...classes.map(className), ...[...sites.values()].map((s) => s.site)];
  const anyWords = spec.any ?? [];
  const unknown = (word: string, column: string, cell: string): ChoiceProblem => {
    const near = closest(word, spellings);
    return {
      column,
      value: cell,
      message: `${quoted(word)} names no class or site of the intake; expected ${listOr(known)}${near ? `; did you mean "${near}"?` : ""}`,
      code: "choice-unknown",
      values: names,
      words: [cut(word), near ?? "", ...anyWords],
    };
  };

  const form = spec.columns ? "columns" : "list";
  const columns = spec.columns ?? (spec.column ? [spec.column] : []);
  const required = spec.required;
  const anyList: readonly Choice[] = Object.freeze([anyChoice]);

  /** Resolves the words (with the column and cell each came from) into choices. */
  const resolve = (found: readonly { word: string; column: string; cell: string }[]) => {
    const problems: ChoiceProblem[] = [];
    const choices: Choice[] = [];
    /** The words the choices were written as, for messages. */
    const written: string[] = [];
    /** For each class, the 1-based choice that first allowed it (0: none yet). */
    const allowedBy = new Array<number>(classes.length).fill(0);
    for (const { word, column, cell } of found) {
      if (problems.length >= MAX_CHOICE_PROBLEMS) break;
      const target = words.get(choiceKey(word));
      if (!target) {
        problems.push(unknown(word, column, cell));
        continue;
      }
      const { choice } = target;
      const fresh = choice.classes.filter((i) => allowedBy[i] === 0);
      if (fresh.length === 0) {
        const earlier = [...new Set(choice.classes.map((i) => allowedBy[i]!))].sort(
          (a, b) => a - b,
        );
        const which = earlier.map((n) => `${n} (${quoted(written[n - 1]!)})`);
        problems.push({
          column,
          value: cell,
          message: `${quoted(word)} repeats choice${which.length === 1 ? "" : "s"} ${listOr(which, "and")}: it adds no class the choices before it did not already allow`,
          code: "choice-repeated",
          numbers: earlier,
          words: [cut(word), ...earlier.map((n) => cut(written[n - 1]!))],
        });
        continue;
      }
      choices.push(choice);
      written.push(word);
      for (const i of fresh) allowedBy[i] = choices.length;
    }
    return { problems, choices };
  };

  const none = (column: string): ChoiceResult =>
    required
      ? {
          ok: false,
          problems: [
            {
              column,
              value: "",
              message: "no choice is given; name at least one class or site",
              code: "choice-none",
            },
          ],
        }
      : { ok: true, choices: anyList };

  const readUncached = (cells: readonly string[]): ChoiceResult => {
    const found: { word: string; column: string; cell: string }[] = [];
    if (form === "list") {
      const cell = cells[0] ?? "";
      for (const word of splitChoiceList(cell)) found.push({ word, column: columns[0]!, cell });
    } else {
      let gap = -1;
      for (let c = 0; c < columns.length; c++) {
        const cell = cells[c] ?? "";
        const word = cell.trim();
        if (word === "") {
          if (gap < 0) gap = c;
          continue;
        }
        if (gap >= 0) {
          return {
            ok: false,
            problems: [
              {
                column: columns[gap]!,
                value: "",
                message: `choice ${gap + 1} is empty while choice ${c + 1} (${quoted(word)}) is given; fill the choices in order, from "${columns[0]}"`,
                code: "choice-gap",
                numbers: [gap + 1, c + 1],
                words: [cut(word), columns[0]!],
              },
            ],
          };
        }
        found.push({ word, column: columns[c]!, cell });
      }
    }
    if (found.length === 0) return none(columns[0]!);
    const { problems, choices } = resolve(found);
    return problems.length > 0
      ? { ok: false, problems }
      : { ok: true, choices: Object.freeze(choices) };
  };

  const cache = new Map<string, ChoiceResult>();
  return {
    form,
    columns,
    required,
    targets,
    read(cells) {
      const key = cells.length === 1 ? cells[0]! : cells.join("\u0000");
      if (key.length > CACHED_LENGTH) return readUncached(cells);
      let result = cache.get(key);
      if (result === undefined) {
        result = readUncached(cells);
        if (cache.size >= CACHE_SIZE) cache.clear();
        cache.set(key, result);
      }
      return result;
    },
  };
};

/** The ids of resolved choices, as outputs show them: class id, site, or "*" for any class. */
export const choiceIds = (choices: readonly Choice[]): string[] => choices.map((c) => c.id);
