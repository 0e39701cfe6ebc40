/**
 * An .xlsx workbook (bytes) -> the header and records of one sheet, with the
 * cells as the text a user sees: dates as YYYY-MM-DD (YYYY-MM-DDTHH:MM:SS when
 * the format shows a time and it is not midnight; HH:MM:SS for a time-only
 * format), numbers as plain numbers (at most 15 significant digits,
 * as Excel shows them, without its grouping), booleans as true/false, errors
 * as Excel writes them (#N/A). The first row with any cell is the header;
 * rows empty in every cell are skipped and counted; row numbers are the
 * spreadsheet's. A formula cell whose value was never saved (a workbook
 * written by a program that does not calculate) is named with its reference,
 * so that it is reported as such rather than as a missing value.
 *
 * A workbook is read whole (SheetJS has no streaming reader for .xlsx), so the
 * caller caps its size. Pure: takes bytes, no file system.
 */
import * as XLSX from "@e965/xlsx";
import type { UnsavedCell } from "../../core/applicants/layout.js";
import type { XlsxDamage } from "../../core/input-problems.js";
import { inputError } from "../../errors.js";
import type { ApplicantList, RecordBatch } from "./types.js";
import { MAX_CELLS_READ, MAX_ROWS, scanWorkbook } from "./xlsx-zip.js";

const BATCH = 4096;
/** Rows wider than this are read cell by cell that is there, not column by column. */
const SPARSE_WIDTH = 1024;

const ERRORS: Record<number, string> = {
  0: "#NULL!",
  7: "#DIV/0!",
  15: "#VALUE!",
  23: "#REF!",
  29: "#NAME?",
  36: "#NUM!",
  42: "#N/A",
  43: "#GETTING_DATA",
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A date serial number -> ISO text, from the calendar fields SheetJS computes. */
const dateText = (serial: number, format: string, date1904: boolean): string => {
  const d = XLSX.SSF.parse_date_code(serial, { date1904 }) as {
    y: number;
    m: number;
    d: number;
    H: number;
    M: number;
    S: number;
  };
  // What the format shows, without its quoted text and [$-414]-like codes.
  const parts = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  const time = `${pad(d.H)}:${pad(d.M)}:${pad(d.S)}`;
  if (!/[dy]/i.test(parts)) return time;
  const date = `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
  const midnight = d.H === 0 && d.M === 0 && d.S === 0;
  return midnight || !/[hs]/i.test(parts) ? date : `${date}T${time}`;
};

/** A cell as the text a user sees. */
export const cellText = (cell: XLSX.CellObject | undefined, date1904: boolean): string => {
  if (!cell || cell.v === undefined || cell.v === null || cell.t === "z") return "";
  const value = cell.v;
  switch (cell.t) {
    case "s":
      return String(value);
    case "b":
      return value ? "true" : "false";
    case "e":
      return cell.w ?? ERRORS[value as number] ?? "#ERROR!";
    case "d":
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    case "n": {
      const number = value as number;
      const format = cell.z === undefined ? "" : String(cell.z);
      if (format !== "" && XLSX.SSF.is_date(format)) return dateText(number, format, date1904);
      return String(Number(number.toPrecision(15)));
    }
    default:
      return String(value);
  }
};

const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: "buffer",
  dense: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  // Formulas and stubs: a formula without a saved value is a stub with `f`.
  cellFormula: true,
  sheetStubs: true,
  cellDates: false,
  bookVBA: false,
};

const parse = (bytes: Uint8Array, display: string, sheet: string | number): XLSX.WorkBook => {
  try {
    return XLSX.read(bytes, { ...PARSE_OPTIONS, sheets: sheet });
  } catch (error) {
    // SheetJS's words are for --debug (the cause); the one failure of its
    // that the zip scan cannot see first is a part every workbook has.
    const reason = error instanceof Error ? error.message : String(error);
    const missing = /^Cannot find file (.+) in zip$/s.exec(reason);
    const damage: XlsxDamage = missing
      ? { kind: "part-missing", entry: missing[1]!.slice(0, 200) }
      : { kind: "contents" };
    throw inputError({ code: "xlsx-damaged", file: display, damage }, undefined, {
      cause: error,
    });
  }
};

/** A formula whose result was never saved: SheetJS reads it as a stub (or an error without a value). */
const unsavedFormula = (cell: XLSX.CellObject | undefined): string | undefined =>
  cell?.f !== undefined && (cell.t === "z" || (cell.t === "e" && cell.v === undefined))
    ? cell.f
    : undefined;

/** Rows looked at for a sheet's header when naming the sheets that hold the list. */
const HEADER_SEARCH_ROWS = 50;

/** The first row with any cell: its row, first column and cells (trailing empty cells dropped). */
const findHeader = (
  data: readonly (XLSX.CellObject[] | undefined)[],
  date1904: boolean,
): { row: number; firstColumn: number; cells: string[] } | undefined => {
  for (let r = 0; r < data.length; r++) {
    const row = data[r] ?? [];
    let first = -1;
    for (const key of Object.keys(row)) {
      if (cellText(row[Number(key)], date1904) !== "") {
        first = Number(key);
        break;
      }
    }
    if (first === -1) continue;
    const cells: string[] = [];
    let last = -1;
    for (let c = first; c < row.length && c - first < 16_384; c++) {
      const text = cellText(row[c], date1904);
      cells.push(text);
      if (text !== "") last = cells.length - 1;
    }
    cells.length = last + 1;
    return { row: r, firstColumn: first, cells };
  }
  return undefined;
};

/**
 * The header of every sheet of the workbook but `except`, each read from its
 * first rows only: what the message about a sheet without the list names.
 */
const sheetHeaders = (bytes: Uint8Array, except: string): { name: string; header: string[] }[] => {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { ...PARSE_OPTIONS, sheetRows: HEADER_SEARCH_ROWS });
  } catch {
    return [];
  }
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  return workbook.SheetNames.filter((n) => n !== except).map((name) => {
    const data = (workbook.Sheets[name]?.["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
    return { name, header: findHeader(data, date1904)?.cells ?? [] };
  });
};

/** Reads one sheet of a workbook: the first, or the one named (case is ignored if unique). */
export const readXlsx = (
  bytes: Uint8Array,
  options: { display: string; sheet?: string },
): ApplicantList => {
  const { display } = options;
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    const oldOrLocked = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw inputError({ code: "xlsx-not-zip", file: display, oldOrLocked });
  }
  const scan = scanWorkbook(bytes, display);
  // The first sheet a user can see: a hidden or "very hidden" first sheet is
  // not the list a coordinator looked at.
  const visible = scan.sheets.find((s) => s.state !== "hidden" && s.state !== "veryHidden");
  if (options.sheet === undefined && scan.sheets.length > 0 && !visible) {
    throw inputError({
      code: "xlsx-all-hidden",
      file: display,
      sheets: scan.sheets.map((s) => s.name),
    });
  }
  let workbook = parse(bytes, display, options.sheet ?? visible?.name ?? 0);
  const names = workbook.SheetNames;
  let name = options.sheet ?? (visible && names.includes(visible.name) ? visible.name : names[0]);
  if (options.sheet !== undefined && !names.includes(options.sheet)) {
    const wanted = options.sheet.toLowerCase();
    const matches = names.filter((n) => n.toLowerCase() === wanted);
    if (matches.length !== 1) {
      throw inputError({
        code: "xlsx-no-such-sheet",
        file: display,
        sheet: options.sheet,
        sheets: names,
      });
    }
    name = matches[0]!;
    workbook = parse(bytes, display, name);
  }
  const sheet = name === undefined ? undefined : workbook.Sheets[name];
  if (!sheet || name === undefined) {
    const entry = name === undefined ? undefined : scan.missing.get(name);
    if (entry !== undefined)
      throw inputError({
        code: "xlsx-damaged",
        file: display,
        damage: { kind: "sheet-missing", entry, sheet: name! },
      });
    throw inputError({ code: "xlsx-no-sheets", file: display });
  }
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const data = (sheet["!data"] ?? []) as (XLSX.CellObject[] | undefined)[];
  if (data.length > MAX_ROWS) {
    throw inputError({ code: "xlsx-too-many-rows", file: display, sheet: name, max: MAX_ROWS });
  }
  let cellsRead = 0;
  const count = (cells: number, row: number): void => {
    cellsRead += cells;
    if (cellsRead > MAX_CELLS_READ) {
      throw inputError({
        code: "xlsx-too-many-cells",
        file: display,
        sheet: name,
        max: MAX_CELLS_READ,
        row: row + 1,
      });
    }
  };
  // The table starts at the header's first cell; cells left of it are not the list's.
  let firstColumn = 0;
  // The formulas without a saved value of the row being read, by column.
  let unsaved: Map<number, UnsavedCell> | undefined;
  const noteUnsaved = (c: number, r: number, formula: string): void => {
    unsaved ??= new Map();
    unsaved.set(c - firstColumn, { ref: XLSX.utils.encode_cell({ r, c }), formula });
  };

  /**
   * The row's cells as text from the first column on, trailing empty cells
   * dropped (a formula without a saved value is not empty).
   */
  const rowText = (row: XLSX.CellObject[] | undefined, r: number): string[] => {
    const cells: string[] = [];
    unsaved = undefined;
    if (!row) return cells;
    if (row.length - firstColumn > SPARSE_WIDTH) return sparseRowText(row, r);
    let last = -1;
    for (let c = firstColumn; c < row.length; c++) {
      const cell = row[c];
      const text = cellText(cell, date1904);
      cells.push(text);
      if (text !== "") last = cells.length - 1;
      else {
        const formula = unsavedFormula(cell);
        if (formula !== undefined) {
          noteUnsaved(c, r, formula);
          last = cells.length - 1;
        }
      }
    }
    cells.length = last + 1;
    count(cells.length, r);
    return cells;
  };

  /** A wide row (a cell at XFD and little else): only the cells it has are looked at. */
  const sparseRowText = (row: XLSX.CellObject[], r: number): string[] => {
    const found: [number, string][] = [];
    let width = 0;
    for (const key of Object.keys(row)) {
      const c = Number(key);
      if (!(c >= firstColumn)) continue;
      const text = cellText(row[c], date1904);
      if (text === "") {
        const formula = unsavedFormula(row[c]);
        if (formula === undefined) continue;
        noteUnsaved(c, r, formula);
      }
      found.push([c - firstColumn, text]);
      width = Math.max(width, c - firstColumn + 1);
    }
    count(width, r);
    const cells = new Array<string>(width).fill("");
    for (const [c, text] of found) cells[c] = text;
    return cells;
  };

  const found = findHeader(data, date1904);
  if (!found || found.cells.length === 0) {
    throw inputError({ code: "list-empty", file: display, sheet: name });
  }
  const headerRow = found.row;
  firstColumn = found.firstColumn;
  const header = rowText(data[headerRow], headerRow);
  let emptyRows = 0;

  async function* batches(): AsyncGenerator<RecordBatch, void, undefined> {
    let batch: RecordBatch = { records: [], lines: [] };
    for (let r = headerRow + 1; r < data.length; r++) {
      const cells = rowText(data[r], r);
      if (cells.length === 0) {
        emptyRows++;
        continue;
      }
      // Empty cells at the end are cells, not a short row.
      while (cells.length < header.length) cells.push("");
      if (unsaved) {
        batch.unsaved ??= new Map();
        batch.unsaved.set(batch.records.length, unsaved);
      }
      batch.records.push(cells);
      batch.lines.push(r + 1);
      if (batch.records.length === BATCH) {
        yield batch;
        batch = { records: [], lines: [] };
      }
    }
    if (batch.records.length > 0) yield batch;
  }

  const skipped = scan.sheets.slice(
    0,
    Math.max(
      0,
      scan.sheets.findIndex((s) => s.name === name),
    ),
  );
  return {
    header,
    headerLine: headerRow + 1,
    batches: batches(),
    format: "xlsx",
    sheet: name,
    emptyRows: () => emptyRows,
    otherSheets: () => sheetHeaders(bytes, name ?? ""),
    ...(options.sheet === undefined && skipped.length > 0
      ? { skippedHidden: skipped.map((s) => s.name) }
      : {}),
  };
};
