/**
 * Sheets of rows -> an .xlsx workbook that looks finished when it is opened:
 * a bold header row that stays in view (frozen) with a filter on it, columns
 * as wide as what they hold, and bold headings on a summary sheet. One writer
 * for every workbook cohort writes (check, allocate).
 *
 * Written here rather than by SheetJS, whose community edition writes neither
 * fonts nor frozen panes; SheetJS still zips the parts (its pure-JavaScript
 * deflate gives the same bytes on every Node version, which Node's zlib does
 * not promise). Every text is a shared-string cell: a spreadsheet never
 * evaluates one, so an id such as `=1+1` or `-12` stays exactly that text and
 * needs no leading apostrophe (which CSV needs).
 */
import * as XLSX from "@e965/xlsx";

/** A cell: text, a number, or nothing. */
export type Cell = string | number | null;

export interface SheetSpec {
  /** At most 31 characters, none of `[]:*?/\`; see sheetName. */
  name: string;
  rows: readonly (readonly Cell[])[];
  /**
   * The first row is the header of a table: bold, frozen, with an
   * autofilter over the table.
   */
  table: boolean;
  /** Rows (indexes) written in bold beside a table's header: headings of a summary. */
  bold?: ReadonlySet<number>;
}

/** Excel's limits: rows of a sheet, characters of a cell. */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_CELL_CHARS = 32_767;
/** Column widths, in characters: fitted to the longest cell within these bounds. */
export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 60;

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Column number (0-based) -> letters: 0 -> A, 26 -> AA. */
export const columnLetters = (column: number): string => {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
};

/**
 * Text as XML character data. Characters XML cannot hold (control
 * characters, lone surrogates) are written `_xHHHH_`, as Excel does, and a
 * literal `_xHHHH_` is escaped so that it reads back as itself.
 */
export const xmlText = (text: string): string => {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string | undefined;
    if (c === 0x26) replacement = "&amp;";
    else if (c === 0x3c) replacement = "&lt;";
    else if (c === 0x3e) replacement = "&gt;";
    else if (c === 0x22) replacement = "&quot;";
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff)
      replacement = `_x${c.toString(16).toUpperCase().padStart(4, "0")}_`;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      replacement = `_x${c.toString(16).toUpperCase()}_`;
    } else if (c >= 0xdc00 && c <= 0xdfff) replacement = `_x${c.toString(16).toUpperCase()}_`;
    else if (c === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) replacement = "_x005F_";
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
};

/** A cell's text within Excel's limit; what is cut is marked with an ellipsis. */
const bounded = (text: string): string =>
  text.length <= MAX_CELL_CHARS ? text : `${text.slice(0, MAX_CELL_CHARS - 1)}…`;

/** How wide a cell shows, in characters: its longest line. */
const displayWidth = (cell: Cell): number => {
  if (cell === null) return 0;
  const text = typeof cell === "number" ? String(cell) : cell;
  if (text.length > MAX_COLUMN_WIDTH * 4) return MAX_COLUMN_WIDTH;
  let widest = 0;
  for (const line of text.split("\n")) widest = Math.max(widest, [...line].length);
  return widest;
};

/**
 * A name Excel accepts for a sheet: without `[]:*?/\`, at most 31
 * characters, not starting or ending with an apostrophe, and unique among
 * `taken` (compared without case, as Excel does).
 */
export const sheetName = (wanted: string, taken: readonly string[]): string => {
  const clean =
    [...wanted.replace(/[[\]:*?/\\\p{Cc}]/gu, " ").replace(/^'+|'+$/g, "")]
      .slice(0, 31)
      .join("")
      .trim() || "Sheet";
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = [...clean].slice(0, 31 - suffix.length).join("") + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
};

/** Strings shared by every sheet, numbered in the order first met. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  readonly texts: string[] = [];
  count = 0;

  number(text: string): number {
    this.count++;
    let n = this.index.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(text);
      this.index.set(text, n);
    }
    return n;
  }
}

/** Text pieces gathered into buffers of about a megabyte: a sheet may be far larger than a string can be. */
class Pieces {
  private readonly buffers: Buffer[] = [];
  private text = "";

  add(piece: string): void {
    this.text += piece;
    if (this.text.length > 1 << 20) this.flush();
  }

  private flush(): void {
    this.buffers.push(Buffer.from(this.text, "utf8"));
    this.text = "";
  }

  bytes(): Buffer {
    this.flush();
    return Buffer.concat(this.buffers);
  }
}

const HEADER_STYLE = 1;

/** The most cells of a row; a loop, as a million rows overflow a spread's stack. */
const widthOf = (rows: readonly (readonly Cell[])[]): number => {
  let columns = 0;
  for (const row of rows) if (row.length > columns) columns = row.length;
  return columns;
};

const worksheetXml = (sheet: SheetSpec, first: boolean, strings: SharedStrings): Buffer => {
  const rows = sheet.rows;
  const columns = widthOf(rows);
  const widths = new Array<number>(columns).fill(0);
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const width = displayWidth(row[c] ?? null);
      if (width > widths[c]!) widths[c] = width;
    }
  }
  const last = `${columnLetters(Math.max(columns, 1) - 1)}${Math.max(rows.length, 1)}`;
  const out = new Pieces();
  out.add(
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><dimension ref="${rows.length === 0 ? "A1" : `A1:${last}`}"/>`,
  );
  const selected = first ? ' tabSelected="1"' : "";
  out.add(
    sheet.table
      ? `<sheetViews><sheetView${selected} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>`
      : `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`,
  );
  out.add('<sheetFormatPr defaultRowHeight="15"/>');
  if (columns > 0) {
    out.add("<cols>");
    widths.forEach((w, c) => {
      // A bold header is a little wider than its characters; two for the filter button.
      const width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w + 2));
      out.add(`<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`);
    });
    out.add("</cols>");
  }
  out.add("<sheetData>");
  const letters = Array.from({ length: columns }, (_, c) => columnLetters(c));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const bold = (sheet.table && r === 0) || sheet.bold?.has(r) === true;
    const style = bold ? ` s="${HEADER_STYLE}"` : "";
    let xml = `<row r="${r + 1}">`;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined || cell === "") continue;
      const ref = `${letters[c]}${r + 1}`;
      if (typeof cell === "number" && Number.isFinite(cell))
        xml += `<c r="${ref}"${style}><v>${cell}</v></c>`;
      else xml += `<c r="${ref}"${style} t="s"><v>${strings.number(bounded(String(cell)))}</v></c>`;
    }
    out.add(`${xml}</row>`);
  }
  out.add("</sheetData>");
  if (sheet.table) out.add(`<autoFilter ref="A1:${last}"/>`);
  out.add("</worksheet>");
  return out.bytes();
};

const sharedStringsXml = (strings: SharedStrings): Buffer => {
  const out = new Pieces();
  out.add(
    `${HEAD}<sst xmlns="${MAIN}" count="${strings.count}" uniqueCount="${strings.texts.length}">`,
  );
  for (const text of strings.texts) {
    const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
    out.add(`<si><t${preserve}>${xmlText(text)}</t></si>`);
  }
  out.add("</sst>");
  return out.bytes();
};

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A sheet name inside a formula reference: quoted, apostrophes doubled. */
const quotedSheet = (name: string): string => `'${name.replaceAll("'", "''")}'`;

/**
 * The workbook's bytes. Sheets longer than Excel holds go on in sheets of
 * the same name numbered (2), (3)…, each with the header again.
 */
export const writeWorkbook = (sheets: readonly SheetSpec[]): Uint8Array => {
  const parts: SheetSpec[] = [];
  const names: string[] = [];
  for (const sheet of sheets) {
    const header = sheet.table ? sheet.rows.slice(0, 1) : [];
    const body = sheet.table ? sheet.rows.slice(1) : sheet.rows;
    const room = MAX_SHEET_ROWS - header.length;
    for (let from = 0, n = 0; n === 0 || from < body.length; from += room, n++) {
      const name = sheetName(n === 0 ? sheet.name : `${sheet.name} (${n + 1})`, names);
      names.push(name);
      parts.push({
        ...sheet,
        name,
        rows: body.length <= room ? sheet.rows : [...header, ...body.slice(from, from + room)],
      });
    }
  }
  const strings = new SharedStrings();
  const worksheets = parts.map((sheet, i) => worksheetXml(sheet, i === 0, strings));

  const zip = XLSX.CFB.utils.cfb_new();
  const add = (path: string, content: string | Buffer): void => {
    XLSX.CFB.utils.cfb_add(
      zip,
      path,
      typeof content === "string" ? Buffer.from(content, "utf8") : content,
    );
  };
  const sheetCount = parts.length;
  add(
    "[Content_Types].xml",
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${parts
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        "",
      )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  add(
    "_rels/.rels",
    `${HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const filters = parts
    .map((sheet, i) => {
      if (!sheet.table) return "";
      const columns = Math.max(1, widthOf(sheet.rows));
      const ref = `${quotedSheet(sheet.name)}!$A$1:$${columnLetters(columns - 1)}$${Math.max(sheet.rows.length, 1)}`;
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(ref)}</definedName>`;
    })
    .join("");
  add(
    "xl/workbook.xml",
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${parts
      .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ""}</workbook>`,
  );
  add(
    "xl/_rels/workbook.xml.rels",
    `${HEAD}<Relationships xmlns="${PACKAGE_RELS}">${parts
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        "",
      )}<Relationship Id="rId${sheetCount + 1}" Type="${RELS}/styles" Target="styles.xml"/><Relationship Id="rId${sheetCount + 2}" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  add("xl/styles.xml", STYLES);
  add("xl/sharedStrings.xml", sharedStringsXml(strings));
  for (const [i, xml] of worksheets.entries()) add(`xl/worksheets/sheet${i + 1}.xml`, xml);
  return new Uint8Array(
    XLSX.CFB.write(zip, { fileType: "zip", type: "buffer", compression: true }) as Buffer,
  );
};
