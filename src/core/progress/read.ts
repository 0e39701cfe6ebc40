/**
 * A filled roster read back: its header matched to the program's columns,
 * then each row to a participant's record (days attended per module, typed
 * record fields) and the problems of the cells that do not read. Nothing is
 * guessed: a cell that does not read is a problem at its row and column, and
 * the participant's status waits for it to be corrected.
 */
import { PARSE_ERROR, parseBoolean, parserFor, type Value } from "../applicants/values.js";
import type { ProgressWords } from "../language/progress-words.js";
import type { FieldSpec } from "../program/schema.js";
import { type ModuleColumn, moduleColumns } from "./columns.js";
import type { Group } from "./groups.js";
import type { CodedProblem, RosterProblem } from "./problems.js";

export type { RosterProblem } from "./problems.js";

export interface RosterLayout {
  idIndex: number;
  idColumn: string;
  /** Index of the class column, -1 when the roster has none (one group). */
  classIndex: number;
  groups: Group[];
  modules: { column: ModuleColumn; index: number }[];
  fields: { field: string; column: string; spec: FieldSpec; index: number }[];
  /** Field name -> position in a record's values. */
  position: Map<string, number>;
  width: number;
  header: string[];
}

export type RosterLayoutResult =
  | { ok: true; layout: RosterLayout; problems: RosterProblem[] }
  | { ok: false; missing: string[] };

const key = (text: string): string =>
  text
    .normalize("NFC")
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, "")
    .trim()
    .toLowerCase();

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(\s|$)/;

export interface RosterSpec {
  idColumn: string;
  /** The groups when the roster has a class column (the intake's classes)… */
  classes: Group[];
  /** …and the one group when it has none (the intake's or program's modules). */
  whole: Group;
  fields: Record<string, FieldSpec>;
  words: ProgressWords;
}

/** Matches the header to the program's columns; a column of no module that reads like one is a problem. */
export const rosterLayout = (
  spec: RosterSpec,
  header: readonly string[],
  headerLine: number,
): RosterLayoutResult => {
  const keys = header.map(key);
  const find = (name: string): number => keys.indexOf(key(name));
  const missing: string[] = [];
  const idIndex = find(spec.idColumn);
  if (idIndex < 0) missing.push(spec.idColumn);
  const classIndex = spec.classes.length > 1 ? find(spec.words.roster.class) : -1;
  const groups = classIndex >= 0 ? spec.classes : [spec.whole];
  const columns = moduleColumns(groups, spec.words);
  const used = new Set<number>([idIndex, classIndex]);
  const ids = new Map<string, number>();
  for (const c of columns) ids.set(c.module.id, (ids.get(c.module.id) ?? 0) + 1);
  const modules = columns.map((column) => {
    let index = find(column.header);
    if (index < 0) index = find(`${column.module.start} ${column.module.title}`);
    if (index < 0 && ids.get(column.module.id) === 1) index = find(column.module.id);
    if (index < 0) missing.push(column.header);
    used.add(index);
    return { column, index };
  });
  const fields = Object.entries(spec.fields).map(([field, fieldSpec]) => {
    const column = fieldSpec.column ?? field;
    const index = find(column);
    if (index < 0) missing.push(column);
    used.add(index);
    return { field, column, spec: fieldSpec, index };
  });
  if (missing.length > 0) return { ok: false, missing };
  const problems: RosterProblem[] = [];
  header.forEach((h, i) => {
    if (used.has(i) || !DATE_LIKE.test(h.trim())) return;
    problems.push({
      kind: "column",
      code: "column-unknown",
      params: { modules: columns.map((c) => c.header) },
      line: headerLine,
      column: i + 1,
      header: h,
      value: "",
    });
  });
  return {
    ok: true,
    problems,
    layout: {
      idIndex,
      idColumn: spec.idColumn,
      classIndex,
      groups,
      modules,
      fields,
      position: new Map(fields.map((f, i) => [f.field, i])),
      width: header.length,
      header: [...header],
    },
  };
};

export interface ParticipantRecord {
  id: string;
  line: number;
  /** Index in the layout's groups; -1 when the class cell does not read. */
  group: number;
  /** Days attended of each module of the group, in the group's module order; null: not filled in. */
  attended: (number | null)[];
  /** Record fields, in the layout's field order. */
  values: Value[];
  problems: RosterProblem[];
}

/**
 * A module cell: yes/no for one day; for several days a whole number of
 * days, or yes (all) / no (none). `PARSE_ERROR` when it reads as none of these.
 */
const attendedDays = (text: string, days: number): number | null | typeof PARSE_ERROR => {
  const t = text.trim();
  if (t === "") return null;
  if (/^\d+$/.test(t)) return Number(t) <= days ? Number(t) : PARSE_ERROR;
  const yes = parseBoolean(t);
  if (yes === PARSE_ERROR) return PARSE_ERROR;
  return yes === true ? days : 0;
};

export const readParticipant = (
  layout: RosterLayout,
  cells: readonly string[],
  line: number,
): ParticipantRecord => {
  const problems: RosterProblem[] = [];
  const cell = (index: number) => cells[index] ?? "";
  const problem = (index: number, found: CodedProblem) =>
    problems.push({
      kind: "cell",
      ...found,
      line,
      column: index + 1,
      header: layout.header[index] ?? "",
      value: cell(index).trim(),
    });
  const id = cell(layout.idIndex).normalize("NFC").trim();
  if (id === "") problem(layout.idIndex, { code: "id-missing", params: {} });
  let group = 0;
  if (layout.classIndex >= 0) {
    const text = key(cell(layout.classIndex));
    group = layout.groups.findIndex(
      (g) => (g.id !== null && key(g.id) === text) || (g.label !== null && key(g.label) === text),
    );
    if (group < 0)
      problem(layout.classIndex, {
        code: text === "" ? "class-empty" : "class-unknown",
        params: { classes: layout.groups.map((g) => g.id ?? "") },
      });
  }
  const own = group >= 0 ? layout.groups[group]!.modules : [];
  const attended: (number | null)[] = own.map(() => null);
  for (const { column, index } of layout.modules) {
    const text = cell(index);
    const m = column.module;
    const at =
      group >= 0 && column.groups.includes(group)
        ? own.findIndex((o) => o.start === m.start && o.title === m.title && o.days === m.days)
        : -1;
    if (at < 0) {
      if (text.trim() !== "" && group >= 0)
        problem(index, { code: "module-not-in-class", params: {} });
      continue;
    }
    const days = attendedDays(text, m.days);
    if (days === PARSE_ERROR)
      problem(
        index,
        m.days === 1 ? { code: "one-day", params: {} } : { code: "days", params: { days: m.days } },
      );
    else attended[at] = days;
  }
  const values: Value[] = layout.fields.map(({ spec, index }) => {
    const text = cell(index);
    const value = parserFor(spec)(text);
    if (value === PARSE_ERROR) {
      problem(index, {
        code: "field",
        params: { type: spec.type, ...(spec.type === "enum" ? { values: spec.values ?? [] } : {}) },
      });
      return null;
    }
    return value;
  });
  return { id, line, group, attended, values, problems };
};
