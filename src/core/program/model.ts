/**
 * Derived views of a schema-valid program that checks, schedules and the rule
 * engine share: modules with their end date and day count settled.
 */
import {
  addDays,
  addMonths,
  daysBetweenInclusive,
  type IsoDate,
  latest,
} from "../calendar/date.js";
import type { DateOffset, DateRef } from "./scalars.js";
import type { FieldSpec, Program, ProgramModule } from "./schema.js";

export interface DatedModule {
  index: number;
  id: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
  days: number;
  location: string | undefined;
  description: string | undefined;
  mandatory: boolean;
}

/** A module's dates with `end` and `days` filled in; `end` wins when both are given. */
export const datedModule = (module: ProgramModule, index: number): DatedModule => {
  const end = module.end ?? addDays(module.start, (module.days ?? 1) - 1);
  return {
    index,
    id: module.id,
    title: module.title,
    start: module.start,
    end,
    days: module.end ? Math.max(0, daysBetweenInclusive(module.start, end)) : (module.days ?? 1),
    location: module.location,
    description: module.description,
    mandatory: module.mandatory === true,
  };
};

export const datedModules = (program: Program): DatedModule[] =>
  (program.modules ?? []).map(datedModule);

/** Modules in calendar order (start, then end, then file order): the order schedules print. */
export const modulesInOrder = (program: Program): DatedModule[] =>
  datedModules(program).sort((a, b) =>
    a.start < b.start
      ? -1
      : a.start > b.start
        ? 1
        : a.end < b.end
          ? -1
          : a.end > b.end
            ? 1
            : a.index - b.index,
  );

export const fieldsOf = (program: Program): Record<string, FieldSpec> =>
  program.applicants?.fields ?? {};

/** Field types whose values have an order: the ones ranking and comparisons accept. */
export const ORDERABLE_TYPES = new Set(["number", "date", "datetime"]);

/** The program dates rules may refer to by name. */
export const programDates = (program: Program): Map<string, IsoDate> => {
  const dates = new Map<string, IsoDate>();
  if (program.application?.opens) dates.set("application.opens", program.application.opens);
  if (program.application?.deadline)
    dates.set("application.deadline", program.application.deadline);
  const modules = modulesInOrder(program);
  if (modules.length > 0) {
    dates.set("start", modules[0]!.start);
    dates.set("end", modules.map((m) => m.end).reduce(latest));
  }
  for (const m of modules) {
    dates.set(`modules.${m.id}.start`, m.start);
    dates.set(`modules.${m.id}.end`, m.end);
  }
  return dates;
};

const shift = (date: IsoDate, offset: DateOffset | undefined, sign: 1 | -1): IsoDate => {
  if (!offset) return date;
  const months = (offset.years ?? 0) * 12 + (offset.months ?? 0);
  const days = (offset.weeks ?? 0) * 7 + (offset.days ?? 0);
  return addDays(addMonths(date, sign * months), sign * days);
};

/**
 * The calendar date a rule's date reference stands for, or undefined when the
 * program has no such date. `plus` is applied before `minus`; within each,
 * years and months before weeks and days (so a year before 29 February is
 * 28 February).
 */
export const resolveDateRef = (
  dates: ReadonlyMap<string, IsoDate>,
  ref: DateRef,
): IsoDate | undefined => {
  const base = dates.get(ref.ref);
  return base === undefined ? undefined : shift(shift(base, ref.plus, 1), ref.minus, -1);
};

/**
 * The record fields (`records.fields`) as the rule engine reads fields: a
 * record field is never required, since a roster fills up over the program.
 */
export const recordFieldsOf = (program: Program): Record<string, FieldSpec> =>
  Object.fromEntries(
    Object.entries(program.records?.fields ?? {}).map(([name, spec]) => [
      name,
      { ...spec, required: false },
    ]),
  );
