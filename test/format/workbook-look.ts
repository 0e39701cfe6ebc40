/**
 * How a written workbook looks when opened, read from its XML by an
 * independent reader (SheetJS's zip reader and fast-xml-parser, not the
 * writer's code): which cells are bold, the frozen pane, the filter, the
 * column widths. SheetJS's community edition reads none of these itself.
 */
import * as XLSX from "@e965/xlsx";
import { XMLParser } from "fast-xml-parser";

export interface SheetLook {
  name: string;
  /** `<pane>`'s attributes, when the sheet has one. */
  pane: Record<string, string> | undefined;
  autoFilter: string | undefined;
  /** Width of each column, by 1-based column number. */
  widths: Map<number, number>;
  /** Whether the cell (A1, B7) is in a bold font. */
  bold(ref: string): boolean;
  /** Cell type attribute (`s` for a shared string), by reference. */
  type(ref: string): string | undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["sheet", "Relationship", "row", "c", "col", "font", "xf"].includes(name),
});

const entry = (zip: unknown, path: string): string => {
  const found = XLSX.CFB.find(zip, path) ?? XLSX.CFB.find(zip, `/${path}`);
  if (!found) throw new Error(`no ${path} in the workbook`);
  return Buffer.from(found.content).toString("utf8");
};

export const lookOf = (bytes: Uint8Array): SheetLook[] => {
  const zip = XLSX.CFB.read(Buffer.from(bytes), { type: "buffer" });
  const workbook = parser.parse(entry(zip, "xl/workbook.xml")).workbook;
  const rels = parser.parse(entry(zip, "xl/_rels/workbook.xml.rels")).Relationships.Relationship;
  const styles = parser.parse(entry(zip, "xl/styles.xml")).styleSheet;
  const fonts: { b?: unknown }[] = styles.fonts.font;
  const xfs: { fontId: string }[] = styles.cellXfs.xf;
  const boldStyle = (s: string | undefined) =>
    s !== undefined && fonts[Number(xfs[Number(s)]!.fontId)]!.b !== undefined;
  return workbook.sheets.sheet.map((sheet: Record<string, string>) => {
    const target = rels.find((r: Record<string, string>) => r.Id === sheet["r:id"]).Target;
    const xml = parser.parse(entry(zip, `xl/${target}`)).worksheet;
    const cells = new Map<string, Record<string, string>>();
    for (const row of xml.sheetData?.row ?? []) for (const c of row.c ?? []) cells.set(c.r, c);
    const widths = new Map<number, number>();
    for (const col of xml.cols?.col ?? [])
      for (let n = Number(col.min); n <= Number(col.max); n++) widths.set(n, Number(col.width));
    return {
      name: sheet.name,
      pane: xml.sheetViews?.sheetView?.pane,
      autoFilter: xml.autoFilter?.ref,
      widths,
      bold: (ref: string) => boldStyle(cells.get(ref)?.s),
      type: (ref: string) => cells.get(ref)?.t,
    };
  });
};
