/**
 * The groups a roster is kept by: the classes of the intake (each with its
 * own modules when it has them, else the intake's), or one group for a
 * program or intake without classes.
 */
import { classView } from "../program/intakes.js";
import { type DatedModule, modulesInOrder } from "../program/model.js";
import type { Program, ProgramClass } from "../program/schema.js";

export interface Group {
  /** The class id, or null for the whole program or intake. */
  id: string | null;
  label: string | null;
  site: string | null;
  /** The group's modules in calendar order. */
  modules: DatedModule[];
}

export const groupsOf = (view: Program, classes: readonly ProgramClass[] | undefined): Group[] => {
  if (!classes || classes.length === 0)
    return [{ id: null, label: null, site: null, modules: modulesInOrder(view) }];
  return classes.map((c, i) => ({
    id: c.id,
    label: c.label,
    site: c.site,
    modules: modulesInOrder(classView(view, c, i)),
  }));
};
