/**
 * The roster as rows of cells, header first: what both the workbook and the
 * CSV hold. Module and record cells are left empty, to be filled in.
 */
import { languageOf } from "../../core/language/index.js";
import type { RosterDocument } from "../../core/progress/roster.js";

export const rosterRows = (doc: RosterDocument): string[][] => {
  const words = languageOf(doc.program.locale).progress;
  const header = [
    doc.idColumn,
    ...doc.carried,
    ...(doc.classes ? [words.roster.class, words.roster.site] : []),
    ...doc.modules.map((m) => m.header),
    ...doc.fields.map((f) => f.column),
  ];
  const blanks = doc.modules.length + doc.fields.length;
  return [
    header,
    ...doc.entries.map((e) => {
      const group = doc.groups[e.group]!;
      return [
        e.id,
        ...e.carried,
        ...(doc.classes ? [group.id ?? "", group.site ?? ""] : []),
        ...Array.from({ length: blanks }, () => ""),
      ];
    }),
  ];
};
