/**
 * The schedule model: for each program its dated modules in calendar order,
 * numbered, its undated components, totals and warnings, optionally cut to a
 * period. Pure: every formatter (table, markdown, json, ics, html) draws from
 * this one structure.
 */
import type { IsoDate } from "../calendar/date.js";
import { type DatedModule, modulesInOrder } from "../program/model.js";
import type { Program, ProgramComponent } from "../program/schema.js";
import { overlapsPeriod, type Period } from "./period.js";
import {
  crossProgramWarnings,
  daysOffWarnings,
  overlapWarnings,
  type ScheduleWarning,
} from "./warnings.js";

/** The intake a schedule entry shows, for a program with intakes. */
export interface ScheduledIntake {
  id: string;
  label: string;
}

/** The class a schedule entry shows, when its intake has parallel classes. */
export interface ScheduledClass {
  id: string;
  label: string;
  site: string;
  seats: number;
}

export interface ScheduledModule extends DatedModule {
  /** 1-based position in calendar order among all the program's modules. */
  number: number;
}

export interface ScheduleTotals {
  /** Modules (gatherings) shown, and the days they add up to. */
  gatherings: number;
  days: number;
  first: IsoDate | undefined;
  last: IsoDate | undefined;
  /** What the program file declares under `format`, when it does. */
  declared: { gatherings: number | undefined; days: number | undefined } | undefined;
}

export interface ProgramSchedule {
  /** The file the program came from, for messages; empty for in-memory programs. */
  file: string;
  program: Program;
  /** For a program with intakes: the intake shown (the program is that intake's view). */
  intake?: ScheduledIntake;
  /** For an intake with classes: the class shown (the program is that class's view). */
  class?: ScheduledClass;
  modules: ScheduledModule[];
  /** Modules left out by the period. */
  omitted: number;
  components: ProgramComponent[];
  totals: ScheduleTotals;
  opens: IsoDate | undefined;
  deadline: IsoDate | undefined;
  warnings: ScheduleWarning[];
}

export interface Schedule {
  period: Period;
  programs: ProgramSchedule[];
}

export interface ScheduleInput {
  file?: string;
  program: Program;
  intake?: ScheduledIntake;
  class?: ScheduledClass;
}

const totalsOf = (program: Program, modules: readonly DatedModule[]): ScheduleTotals => ({
  gatherings: modules.length,
  days: modules.reduce((sum, m) => sum + m.days, 0),
  first: modules[0]?.start,
  last: modules.reduce<IsoDate | undefined>(
    (last, m) => (!last || m.end > last ? m.end : last),
    undefined,
  ),
  declared: program.format
    ? { gatherings: program.format.gatherings, days: program.format.days }
    : undefined,
});

const byDateThenCode = (a: ScheduleWarning, b: ScheduleWarning): number => {
  const x = a.dates[0] ?? "";
  const y = b.dates[0] ?? "";
  return x < y ? -1 : x > y ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
};

/** Builds the schedule of one or more programs; warnings look across all of them. */
export const buildSchedule = (inputs: readonly ScheduleInput[], period: Period = {}): Schedule => {
  const programs = inputs.map(({ file, program, intake, class: cls }) => {
    const all = modulesInOrder(program).map((m, i) => ({ ...m, number: i + 1 }));
    const modules = all.filter((m) => overlapsPeriod(m, period));
    return {
      file: file ?? "",
      program,
      ...(intake ? { intake } : {}),
      ...(cls ? { class: cls } : {}),
      modules,
      omitted: all.length - modules.length,
      components: program.components ?? [],
      totals: totalsOf(program, modules),
      opens: program.application?.opens,
      deadline: program.application?.deadline,
      warnings: [
        ...daysOffWarnings(modules, program.country),
        ...overlapWarnings(program.id, modules),
      ],
    } satisfies ProgramSchedule;
  });
  const keys = programs.map((p) => (p.class ? `${p.program.id}\u0000${p.class.id}` : p.program.id));
  const across = crossProgramWarnings(
    programs.map((p, i) => ({
      id: p.program.id,
      key: keys[i]!,
      name: p.program.name,
      modules: p.modules,
    })),
  );
  for (const [i, p] of programs.entries()) {
    for (const w of across.get(keys[i]!) ?? []) p.warnings.push(w);
    p.warnings.sort(byDateThenCode);
  }
  return { period, programs };
};
