/**
 * The columns of a roster, shared by `cohort roster`, which writes them, and
 * `cohort progress`, which reads them back: the id column, the carried
 * columns, class and site, one column per module date, and one per record
 * field. A module's header is its first day (YYYY-MM-DD, which sorts and
 * reads the same in every language), its title, and how the cell is filled,
 * in the program's language.
 */
import type { ProgressWords } from "../language/progress-words.js";
import type { DatedModule } from "../program/model.js";
import type { Group } from "./groups.js";

export const moduleHeader = (m: DatedModule, words: ProgressWords): string =>
  `${m.start} ${m.title} (${m.days > 1 ? words.roster.daysOf(m.days) : words.roster.yesNo})`;

export interface ModuleColumn {
  header: string;
  /** The module of each group it belongs to, by group index (-1: not this group's). */
  module: DatedModule;
  groups: number[];
}

/** One column per distinct module header over the groups, in calendar order. */
export const moduleColumns = (groups: readonly Group[], words: ProgressWords): ModuleColumn[] => {
  const byHeader = new Map<string, ModuleColumn>();
  groups.forEach((g, gi) => {
    for (const m of g.modules) {
      const header = moduleHeader(m, words);
      const column = byHeader.get(header);
      if (column) column.groups.push(gi);
      else byHeader.set(header, { header, module: m, groups: [gi] });
    }
  });
  return [...byHeader.values()].sort((a, b) =>
    a.module.start < b.module.start
      ? -1
      : a.module.start > b.module.start
        ? 1
        : a.header < b.header
          ? -1
          : a.header > b.header
            ? 1
            : 0,
  );
};
