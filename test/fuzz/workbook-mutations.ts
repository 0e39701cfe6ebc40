/**
 * Workbooks built from a CSV list, zip and XML written here (not by SheetJS),
 * so that they can hold what no spreadsheet program writes: a cell at column
 * ZZZZZZ, a row numbered 2^32, 40,000 rows reaching column XFD, a hidden or
 * "very hidden" first sheet, an entry that inflates to gigabytes. Mutations
 * are plain data, applied deterministically.
 */
import { crc32, deflateRawSync } from "node:zlib";
import fc from "fast-check";

export type WorkbookMutation =
  | { kind: "far-cell"; row: number; column: string; text: string }
  | { kind: "far-row"; row: number }
  | { kind: "wide-rows"; rows: number; column: string; text: string }
  | { kind: "hidden-first"; state: "hidden" | "veryHidden" }
  | { kind: "bomb"; megabytes: number; entry: "sheet" | "unused" };

export const workbookMutation: fc.Arbitrary<WorkbookMutation> = fc.oneof(
  fc.record({
    kind: fc.constant("far-cell" as const),
    row: fc.nat({ max: 20 }),
    column: fc.constantFrom("XFD", "XFE", "AAAA", "ZZZZZZ", "ZZZZZZZZZZ"),
    text: fc.constantFrom("", "x", "T-999"),
  }),
  fc.record({
    kind: fc.constant("far-row" as const),
    row: fc.constantFrom(1_048_576, 1_048_577, 1_999_999_999, 2 ** 32 + 1, 2 ** 53),
  }),
  fc.record({
    kind: fc.constant("wide-rows" as const),
    rows: fc.constantFrom(100, 2_000, 8_000),
    column: fc.constantFrom("Z", "XFD"),
    text: fc.constantFrom("", "x"),
  }),
  fc.record({
    kind: fc.constant("hidden-first" as const),
    state: fc.constantFrom("hidden" as const, "veryHidden" as const),
  }),
  fc.record({
    kind: fc.constant("bomb" as const),
    megabytes: fc.constantFrom(1, 300, 2_048),
    entry: fc.constantFrom("sheet" as const, "unused" as const),
  }),
);

export const mutatedWorkbook = fc.array(workbookMutation, { minLength: 1, maxLength: 2 });

interface Cell {
  ref: string;
  text: string;
}
interface Row {
  r: number;
  cells: Cell[];
}
interface Sheet {
  name: string;
  state?: string;
  rows: Row[];
  /** Raw deflated XML instead of `rows` (a bomb). */
  deflated?: Buffer;
}

const COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const columnName = (i: number): string =>
  i < 26 ? COLUMNS[i]! : columnName(Math.floor(i / 26) - 1) + COLUMNS[i % 26]!;

const xmlText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Shared strings, as Excel writes text cells (SheetJS reads inline strings ten times slower). */
class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(text, i);
      this.list.push(text);
    }
    return i;
  }
  xml(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.list.length}" uniqueCount="${this.list.length}">${this.list.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join("")}</sst>`;
  }
}

const sheetXml = (sheet: Sheet, strings: Strings): string => {
  const rows = sheet.rows
    .map(
      (row) =>
        `<row r="${row.r}">${row.cells
          .map((c) =>
            c.text === ""
              ? `<c r="${c.ref}"/>`
              : `<c r="${c.ref}" t="s"><v>${strings.of(c.text)}</v></c>`,
          )
          .join("")}</row>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
};

/** Zeros deflated to `megabytes` MiB: sync-flushed pieces of 1 MiB, then a final empty block. */
const zeros = (megabytes: number): Buffer => {
  const piece = deflateRawSync(Buffer.alloc(2 ** 20), { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  return Buffer.concat([...Array<Buffer>(megabytes).fill(piece), Buffer.from([0x03, 0x00])]);
};

interface Entry {
  name: string;
  data: Buffer;
  /** Already deflated, with this inflated size and CRC (0 where unknown: the reader must not trust it). */
  deflated?: { size: number };
}

/** A zip of deflated entries. */
const zip = (entries: Entry[]): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const body = entry.deflated ? entry.data : deflateRawSync(entry.data);
    const size = entry.deflated ? entry.deflated.size : entry.data.length;
    const crc = entry.deflated ? 0 : crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size % 2 ** 32, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size % 2 ** 32, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};

const workbook = (sheets: Sheet[], extra: Entry[] = []): Buffer => {
  const sheetTags = sheets
    .map(
      (s, i) =>
        `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const rels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("");
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const text = (name: string, xml: string): Entry => ({ name, data: Buffer.from(xml, "utf8") });
  const strings = new Strings();
  const worksheets = sheets.map(
    (s, i): Entry =>
      s.deflated
        ? { name: `xl/worksheets/sheet${i + 1}.xml`, data: s.deflated, deflated: { size: 0 } }
        : text(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, strings)),
  );
  return zip([
    text(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides}</Types>`,
    ),
    text(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheetTags}</sheets></workbook>`,
    ),
    text(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    ...worksheets,
    text("xl/sharedStrings.xml", strings.xml()),
    ...extra,
  ]);
};

/** The ids a hidden decoy sheet holds: they must never be read. */
export const DECOY_ID = "SKJULT-1";

/**
 * A workbook of a CSV list (plain, no quoted fields) with mutations. Returns
 * the bytes and the ids of the list's own rows that a run must not lose.
 */
export const buildWorkbook = (
  csv: string,
  mutations: readonly WorkbookMutation[],
): { bytes: Buffer; ids: string[] } => {
  // Plain lines only: a quoted field would be split at its commas.
  const lines = csv.split(/\r?\n/).filter((l) => l !== "" && !l.includes('"'));
  const toRow = (line: string, r: number): Row => ({
    r,
    cells: line.split(",").map((text, c) => ({ ref: `${columnName(c)}${r}`, text })),
  });
  const list: Sheet = { name: "Søkere", rows: lines.map((l, i) => toRow(l, i + 1)) };
  const ids = lines.slice(1).map((l) => l.split(",")[0]!);
  const sheets: Sheet[] = [list];
  const extra: Entry[] = [];
  for (const m of mutations) {
    switch (m.kind) {
      case "far-cell": {
        const row = list.rows[m.row % list.rows.length]!;
        row.cells.push({ ref: `${m.column}${row.r}`, text: m.text });
        break;
      }
      case "far-row": {
        const last = list.rows[list.rows.length - 1]!;
        const id = `T-${m.row}`;
        list.rows.push({
          r: m.row,
          cells: last.cells.map((c, i) => ({
            ref: `${c.ref.replace(/\d+$/, "")}${m.row}`,
            text: i === 0 ? id : c.text,
          })),
        });
        ids.push(id);
        break;
      }
      case "wide-rows": {
        const template = list.rows[list.rows.length - 1]!;
        const start = list.rows[list.rows.length - 1]!.r + 1;
        for (let i = 0; i < m.rows; i++) {
          const r = start + i;
          const id = `W-${i}`;
          list.rows.push({
            r,
            cells: [
              ...template.cells.map((c, k) => ({
                ref: `${c.ref.replace(/\d+$/, "")}${r}`,
                text: k === 0 ? id : c.text,
              })),
              { ref: `${m.column}${r}`, text: m.text },
            ],
          });
          ids.push(id);
        }
        break;
      }
      case "hidden-first": {
        if (sheets[0]!.state) break;
        const decoy: Sheet = {
          name: "Gammel",
          state: m.state,
          rows: [
            toRow(lines[0]!, 1),
            toRow([DECOY_ID, ...lines[1]!.split(",").slice(1)].join(","), 2),
          ],
        };
        sheets.unshift(decoy);
        break;
      }
      case "bomb": {
        if (m.entry === "unused") {
          extra.push({
            name: "xl/media/unused.bin",
            data: zeros(m.megabytes),
            deflated: { size: 0 },
          });
        } else {
          list.deflated = zeros(m.megabytes);
          ids.length = 0;
        }
        break;
      }
    }
  }
  return { bytes: workbook(sheets, extra), ids };
};
