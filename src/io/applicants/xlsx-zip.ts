/**
 * A look inside an .xlsx before SheetJS reads it: the zip's entries inflated
 * once under a cap on what they inflate to (a 4 MB workbook inflating past a
 * gigabyte took 8.3 GB of memory), the sheets with their visibility, and every
 * row and column a worksheet names checked against what Excel can hold (a cell
 * at column ZZZZZZ killed the process; a row at 2^32 was silently dropped).
 * Pure: takes bytes.
 */

import { inflateRawSync } from "node:zlib";
import type { XlsxDamage } from "../../core/input-problems.js";
import { inputError } from "../../errors.js";

/** What all entries of a workbook may inflate to, together. */
export const MAX_INFLATED_BYTES = 256 * 2 ** 20;
/** Excel's own limits: 1,048,576 rows, 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** Cells a sheet may span up to its last row: about fifty columns of a million rows. */
export const MAX_CELLS_READ = 50_000_000;

export interface SheetInfo {
  name: string;
  /** "visible", "hidden" or "veryHidden", as the workbook says. */
  state: string;
}

export interface WorkbookScan {
  /** The sheets in workbook order (the order SheetJS names them). */
  sheets: SheetInfo[];
  /** Sheets whose part the workbook names but the archive lacks: the part, by sheet name. */
  missing: ReadonlyMap<string, string>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const damaged = (display: string, damage: XlsxDamage) =>
  inputError({ code: "xlsx-damaged", file: display, damage });

const entityText = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()] ?? all;
    const code =
      e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? entityText(match[2] ?? match[3] ?? "") : undefined;
};

/** Column letters -> 1-based number; Infinity past what a number can count. */
const columnNumber = (letters: string): number => {
  if (letters.length > 4) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
};

const shortened = (text: string): string =>
  text.length <= 24 ? text : `${text.slice(0, 12)}… (${text.length} characters)`;

/**
 * Checks the row and column references of a worksheet's XML, in pieces (the
 * text may be hundreds of megabytes); throws at the first beyond Excel's limits.
 */
const checkReferences = (xml: Buffer, display: string, sheet: string): void => {
  const PIECE = 8 * 2 ** 20;
  const OVERLAP = 256;
  const cell = /<(?:[\w.-]+:)?c\b[^>]*?\sr\s*=\s*["']([A-Za-z]+)(\d+)["'][^>]*?(\/?)>/g;
  // The cells a reader must hold: per row, up to its last cell with content
  // (an empty styled cell at XFD costs nothing; a value there costs the row).
  let spanned = 0;
  let row0 = -1;
  let widest = 0;
  const row = /<(?:[\w.-]+:)?row\b[^>]*?\sr\s*=\s*["'](\d+)["']/g;
  for (let from = 0; from < xml.length; from += PIECE) {
    const text = xml.toString("latin1", from, Math.min(xml.length, from + PIECE + OVERLAP));
    row.lastIndex = 0;
    for (let m = row.exec(text); m; m = row.exec(text)) {
      if (m[1]!.length > 7 || Number(m[1]) > MAX_ROWS) {
        throw inputError({
          code: "xlsx-row-beyond",
          file: display,
          sheet,
          row: shortened(m[1]!),
          max: MAX_ROWS,
        });
      }
    }
    cell.lastIndex = 0;
    for (let m = cell.exec(text); m; m = cell.exec(text)) {
      const letters = m[1]!.toUpperCase();
      if (columnNumber(letters) > MAX_COLUMNS || m[2]!.length > 7 || Number(m[2]) > MAX_ROWS) {
        throw inputError({
          code: "xlsx-cell-beyond",
          file: display,
          sheet,
          cell: shortened(`${letters}${m[2]}`),
          max: MAX_ROWS,
        });
      }
      if (m[3] === "/") continue;
      const r = Number(m[2]);
      if (r !== row0) {
        spanned += widest;
        row0 = r;
        widest = 0;
      }
      widest = Math.max(widest, columnNumber(letters));
      if (spanned + widest > MAX_CELLS_READ) {
        throw inputError({
          code: "xlsx-too-many-cells",
          file: display,
          sheet,
          max: MAX_CELLS_READ,
          row: r,
          cell: shortened(`${letters}${m[2]}`),
        });
      }
    }
  }
};

/** Inflates every entry under the cap, reads the sheet list and checks every worksheet's references. */
export const scanWorkbook = (bytes: Uint8Array, display: string): WorkbookScan => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged(display, { kind: "no-directory" });
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  /** Every entry's name, lower-cased as the parts are looked up. */
  const present = new Set<string>();
  let inflated = 0;
  const tooBig = () =>
    inputError({ code: "xlsx-inflates", file: display, limit: MAX_INFLATED_BYTES });
  for (let e = 0; e < count; e++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) {
      throw damaged(display, { kind: "directory" });
    }
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, "");
    at += 46 + skip;
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) {
      throw damaged(display, { kind: "entry", entry: shortened(name) });
    }
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + compressed);
    let content: Buffer;
    if (method === 0) {
      content = data;
    } else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: MAX_INFLATED_BYTES - inflated + 1 });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooBig();
        throw damaged(display, { kind: "inflate", entry: shortened(name) });
      }
    } else {
      throw damaged(display, { kind: "method", entry: shortened(name) });
    }
    inflated += content.length;
    if (inflated > MAX_INFLATED_BYTES) throw tooBig();
    present.add(name.toLowerCase());
    // Only the few entries that say which sheets there are, and the sheets, are kept.
    if (/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|worksheets\/[^/]+\.xml)$/i.test(name)) {
      entries.set(name.toLowerCase(), content);
    }
  }
  const workbook = entries.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = entries.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const targets = new Map<string, string>();
  // A part named percent-encoded is the entry of the decoded name.
  const isPresent = (path: string): boolean => {
    if (present.has(path.toLowerCase())) return true;
    try {
      return present.has(decodeURIComponent(path).toLowerCase());
    } catch {
      return false;
    }
  };
  // The part as the workbook names it, for the message: shortened, never lower-cased.
  const shown = new Map<string, string>();
  for (const tag of rels.match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id && target && attribute(tag, "TargetMode") !== "External") {
      const path = (target.startsWith("/") ? target.slice(1) : `xl/${target}`)
        .replace(/\/\.\//g, "/")
        .replace(/[^/]+\/\.\.\//g, "");
      targets.set(id, path.toLowerCase());
      shown.set(path.toLowerCase(), shortened(path));
      // SheetJS reads a workbook without the text of its cells (or a sheet
      // without its part) as one with no sheets: the missing part is the damage.
      if (/\/sharedStrings$/.test(attribute(tag, "Type") ?? "") && !isPresent(path))
        throw damaged(display, { kind: "shared-strings-missing", entry: shortened(path) });
    }
  }
  const sheets: SheetInfo[] = [];
  const missing = new Map<string, string>();
  const named = new Map<string, string>();
  for (const tag of workbook.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name") ?? "";
    sheets.push({ name, state: attribute(tag, "state") ?? "visible" });
    const id = attribute(tag, "r:id") ?? attribute(tag, "[\\w.-]+:id");
    const target = id === undefined ? undefined : targets.get(id);
    if (target) named.set(target, name);
    // Damage only when that sheet is the one read: the others may be missing.
    if (target && !isPresent(target)) missing.set(name, shown.get(target) ?? target);
  }
  for (const [path, xml] of entries) {
    if (path.startsWith("xl/worksheets/")) checkReferences(xml, display, named.get(path) ?? path);
  }
  return { sheets, missing };
};
