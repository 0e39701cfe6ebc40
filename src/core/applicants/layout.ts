/**
 * The applicant list's header -> where each declared field is, and a row
 * reader that turns the cells of one record into typed values and problems.
 */

import type { Choice } from "../allocation/types.js";
import type { FieldSpec, Program, ProgramClass } from "../program/schema.js";
import { listOr } from "../text/did-you-mean.js";
import { type ChoiceReader, choiceReader } from "./choices.js";
import {
  EXPECTED,
  PARSE_ERROR,
  type Parser,
  parserFor,
  type Value,
  whyNotADate,
} from "./values.js";

export interface FieldColumn {
  /** Field name in the program. */
  field: string;
  /** Column header as the program names it. */
  column: string;
  type: FieldSpec["type"];
  required: boolean;
  /** An enum's values, for messages. */
  values?: readonly string[];
  /** Index of the column in the list, -1 when the list lacks an optional column. */
  index: number;
  parse: Parser;
  /** What a valid cell looks like, for messages. */
  expected: string;
}

export interface Layout {
  idColumn: string;
  idIndex: number;
  fields: FieldColumn[];
  /** Field name -> position in a row's values array. */
  position: Map<string, number>;
  width: number;
  /**
   * The ranked choices, when the program declares them and the intake worked
   * on has classes: the reader and the index of each of its columns (-1 when
   * an optional one is missing).
   */
  choices?: { reader: ChoiceReader; indexes: number[]; classes: readonly ProgramClass[] };
  /** The leader group column, when the program declares `applicants.team`. */
  team?: { column: string; index: number };
}

export type LayoutResult =
  | { ok: true; layout: Layout }
  | { ok: false; missing: string[]; found: string[] };

/** Characters that show as nothing: zero-width spaces and joiners, direction marks, soft hyphens, BOMs. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

/**
 * Headers compare in NFC, without invisible characters: a header typed on a
 * Mac (decomposed "ø") is the same header, not a missing one.
 */
const normalise = (header: string): string =>
  (isPlain(header) ? header : header.normalize("NFC").replace(INVISIBLE_ALL, ""))
    .trim()
    .toLowerCase();

/** Printable ASCII only: the common case, which needs no normalisation. */
const isPlain = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
};

const codePoint = (c: string): string =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Header matching ignores case and surrounding space, as coordinators' lists
 * vary. `classes` are the classes of the intake worked on: the choice columns
 * are read only when there are some.
 */
export const layoutFor = (
  program: Program,
  header: readonly string[],
  classes?: readonly ProgramClass[],
): LayoutResult => {
  const applicants = program.applicants;
  const found = header.map((h) => h.trim());
  const indexOf = new Map<string, number>();
  header.forEach((h, i) => {
    if (!indexOf.has(normalise(h))) indexOf.set(normalise(h), i);
  });
  if (!applicants)
    return { ok: false, missing: ["(the program declares no applicants section)"], found };
  const missing: string[] = [];
  const idIndex = indexOf.get(normalise(applicants.id)) ?? -1;
  if (idIndex < 0) missing.push(applicants.id);
  const fields: FieldColumn[] = Object.entries(applicants.fields).map(([field, spec]) => {
    const column = spec.column ?? field;
    const index = indexOf.get(normalise(column)) ?? -1;
    if (index < 0 && spec.required) missing.push(column);
    const expected =
      spec.type === "enum" ? `one of ${listOr(spec.values ?? [])}` : EXPECTED[spec.type];
    return {
      field,
      column,
      type: spec.type,
      required: spec.required,
      index,
      parse: parserFor(spec),
      expected,
      ...(spec.type === "enum" ? { values: spec.values ?? [] } : {}),
    };
  });
  let choices: Layout["choices"];
  if (applicants.choices && classes && classes.length > 0) {
    const reader = choiceReader(applicants.choices, classes);
    const indexes = reader.columns.map((column) => {
      const index = indexOf.get(normalise(column)) ?? -1;
      if (index < 0 && reader.required) missing.push(column);
      return index;
    });
    choices = { reader, indexes, classes };
  }
  let team: Layout["team"];
  if (applicants.team) {
    const index = indexOf.get(normalise(applicants.team.column)) ?? -1;
    // Declared, the column is required: a list without it would silently
    // split every leader group into applicants alone.
    if (index < 0) missing.push(applicants.team.column);
    team = { column: applicants.team.column, index };
  }
  if (missing.length > 0) return { ok: false, missing, found };
  return {
    ok: true,
    layout: {
      idColumn: applicants.id,
      idIndex,
      fields,
      position: new Map(fields.map((f, i) => [f.field, i])),
      width: header.length,
      ...(choices ? { choices } : {}),
      ...(team ? { team } : {}),
    },
  };
};

/** The columns a row read needs: the id, the fields' and the choices'. */
export const columnsRead = (layout: Layout): number[] => [
  layout.idIndex,
  ...layout.fields.filter((f) => f.index >= 0).map((f) => f.index),
  ...(layout.choices?.indexes.filter((i) => i >= 0) ?? []),
  ...(layout.team ? [layout.team.index] : []),
];

export interface CellProblem {
  column: string;
  value: string;
  /** The problem in English, as JSON writes it. */
  message: string;
  /**
   * What the problem is, for its words in the run's language
   * (problem-words.ts). Every problem the list reader makes has one; a
   * problem without one is worded as its English message.
   */
  code?: CellProblemCode;
  /**
   * With `row-width`: the row's cells and the header's; with `duplicate-id`
   * and `team-choices`: the earlier line; the others as CellProblemCode says.
   */
  numbers?: readonly number[];
  /** With `expected`: the field's type and, for an enum, its values. */
  type?: FieldSpec["type"];
  /** With `expected` of an enum: its values; with `choice-unknown`: the choices the intake knows. */
  values?: readonly string[];
  /** The texts the words of a rarer problem quote, as CellProblemCode says. */
  words?: readonly string[];
}

/**
 * What a problem is, for its words in the run's language
 * (src/core/applicants/problem-words.ts), and what `numbers` and `words` hold:
 *
 * - `no-month`: numbers [month], words [the date as written];
 * - `no-day`: numbers [year, month, days in the month], words [the date as written];
 * - `invisible`: numbers [code point, position in the id (1-based)];
 * - `unsaved-formula`: words [cell reference, formula without its "="];
 * - `choice-unknown`: words [the word, the closest known spelling when one is close];
 * - `choice-repeated`: numbers [the earlier choices it repeats], words [the word, then each of those choices as written];
 * - `choice-none`: nothing;
 * - `choice-gap`: numbers [the empty choice, the choice given after it], words [the word given, the first choice column].
 */
export type CellProblemCode =
  | "expected"
  | "required"
  | "id-missing"
  | "row-width"
  | "duplicate-id"
  | "team-choices"
  | "no-month"
  | "no-day"
  | "invisible"
  | "unsaved-formula"
  | "choice-unknown"
  | "choice-repeated"
  | "choice-none"
  | "choice-gap";

/** A workbook cell holding a formula whose result was never saved (so it reads as empty). */
export interface UnsavedCell {
  /** The cell's reference, as Excel shows it: C5. */
  ref: string;
  /** The formula, without its `=`. */
  formula: string;
}

/** Whether every cell from `from` on is empty or white space: cells Excel adds past the header. */
const blankFrom = (cells: readonly string[], from: number): boolean => {
  for (let i = from; i < cells.length; i++) if (cells[i]!.trim() !== "") return false;
  return true;
};

const shortFormula = (formula: string): string =>
  formula.length <= 40 ? formula : `${formula.slice(0, 39)}…`;

export interface ReadRow {
  id: string;
  values: Value[];
  /** Undefined when the row is clean: the common case allocates nothing. */
  problems: CellProblem[] | undefined;
  /** The resolved choices, when the layout reads them and they are valid. */
  choices?: readonly Choice[];
  /** The leader group named on the row, when the layout reads one and the cell is not empty. */
  team?: string;
}

/**
 * Reads one record; the caller adds the line number and duplicate-id checks.
 * `unsaved` names the cells (by column index) that hold a formula without a
 * saved value: each is reported as such rather than as a missing value.
 */
export const readRow = (
  layout: Layout,
  cells: readonly string[],
  unsaved?: ReadonlyMap<number, UnsavedCell>,
): ReadRow => {
  let problems: CellProblem[] | undefined;
  const problem = (p: CellProblem) => {
    if (problems) problems.push(p);
    else problems = [p];
  };
  if (
    cells.length !== layout.width &&
    !(cells.length > layout.width && blankFrom(cells, layout.width))
  ) {
    problem({
      column: "",
      value: "",
      message: `the row has ${cells.length} cell${cells.length === 1 ? "" : "s"}, the header ${layout.width}`,
      code: "row-width",
      numbers: [cells.length, layout.width],
    });
  }
  let id = (cells[layout.idIndex] ?? "").trim();
  if (!isPlain(id)) {
    // NFC, so that one id typed two ways is one applicant; an invisible
    // character would make two ids that look the same, so it is a problem.
    id = id.normalize("NFC");
    const hidden = INVISIBLE.exec(id) ?? /\p{Cc}/u.exec(id);
    if (hidden)
      problem({
        column: layout.idColumn,
        value: id,
        message: `the applicant id holds an invisible character (${codePoint(hidden[0])}) at position ${hidden.index + 1}; type the id again`,
        code: "invisible",
        numbers: [hidden[0].codePointAt(0)!, hidden.index + 1],
      });
  }
  const unsavedId = unsaved?.get(layout.idIndex);
  if (unsavedId) problem(unsavedProblem(layout.idColumn, unsavedId));
  else if (id === "")
    problem({
      column: layout.idColumn,
      value: "",
      message: "the applicant id is missing",
      code: "id-missing",
    });
  const values = new Array<Value>(layout.fields.length);
  for (let i = 0; i < layout.fields.length; i++) {
    const field = layout.fields[i]!;
    const text = field.index < 0 ? "" : (cells[field.index] ?? "");
    const formula = unsaved === undefined || field.index < 0 ? undefined : unsaved.get(field.index);
    if (formula) {
      values[i] = null;
      problem(unsavedProblem(field.column, formula));
      continue;
    }
    const value = field.parse(text);
    if (value === PARSE_ERROR) {
      values[i] = null;
      const impossible =
        field.type === "date" || field.type === "datetime" ? whyNotADate(text) : undefined;
      problem(
        impossible
          ? {
              column: field.column,
              value: text,
              message: impossible.message,
              ...(impossible.days === undefined
                ? { code: "no-month", numbers: [impossible.month] }
                : {
                    code: "no-day",
                    numbers: [impossible.year, impossible.month, impossible.days],
                  }),
              words: [impossible.written],
            }
          : {
              column: field.column,
              value: text,
              message: `expected ${field.expected}`,
              code: "expected",
              type: field.type,
              ...(field.values ? { values: field.values } : {}),
            },
      );
    } else {
      values[i] = value;
      if (value === null && field.required && field.index >= 0) {
        problem({
          column: field.column,
          value: "",
          message: "a required value is missing",
          code: "required",
        });
      }
    }
  }
  const team = layout.team ? teamOf(cells[layout.team.index] ?? "") : undefined;
  if (layout.choices) {
    const { reader, indexes } = layout.choices;
    const read = reader.read(
      indexes.length === 1
        ? [indexes[0]! < 0 ? "" : (cells[indexes[0]!] ?? "")]
        : indexes.map((i) => (i < 0 ? "" : (cells[i] ?? ""))),
    );
    if (read.ok) return { id, values, problems, choices: read.choices, ...(team ? { team } : {}) };
    for (const p of read.problems) problem(p);
  }
  return team ? { id, values, problems, team } : { id, values, problems };
};

/** A group id compares as the id does: trimmed, in NFC; an empty cell applies alone. */
const teamOf = (cell: string): string | undefined => {
  const text = cell.trim();
  if (text === "") return undefined;
  return isPlain(text) ? text : text.normalize("NFC");
};

const unsavedProblem = (column: string, cell: UnsavedCell): CellProblem => ({
  column,
  value: "",
  message: `the cell ${cell.ref} holds a formula (=${shortFormula(cell.formula)}) whose value was never saved; open the workbook in Excel or LibreOffice and save it, or type the value`,
  code: "unsaved-formula",
  words: [cell.ref, shortFormula(cell.formula)],
});
