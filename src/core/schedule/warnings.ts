/**
 * What a coordinator should look at before booking: module days on weekends
 * or public holidays, and modules that share days, within one program or
 * across the programs scheduled together.
 */
import { addDays, type IsoDate, isWeekend } from "../calendar/date.js";
import { holidayOn } from "../calendar/holidays.js";
import type { DatedModule } from "../program/model.js";
import type { Country } from "../vocabulary.js";
import { rangesOverlap } from "./period.js";

export const SCHEDULE_WARNING_CODES = [
  "module-weekend",
  "module-holiday",
  "module-overlap",
  "program-overlap",
] as const;

export type ScheduleWarningCode = (typeof SCHEDULE_WARNING_CODES)[number];

export interface ScheduleWarning {
  /** Stable identifier; scripts may rely on it. */
  code: ScheduleWarningCode;
  message: string;
  /** Id of the module the warning is about. */
  module: string;
  /** The days concerned. */
  dates: IsoDate[];
  /** For overlaps: the other module and, across programs, its program. */
  other?: { program: string; module: string };
}

const daysOf = (m: DatedModule): IsoDate[] =>
  Array.from({ length: Math.max(0, Math.min(m.days, 366)) }, (_, d) => addDays(m.start, d));

const sharedDays = (a: DatedModule, b: DatedModule): IsoDate[] =>
  daysOf(a).filter((d) => d >= b.start && d <= b.end);

const list = (dates: readonly string[]): string => dates.join(", ");

/** One warning per module for its weekend days, one for its public holidays. */
export const daysOffWarnings = (
  modules: readonly DatedModule[],
  country: Country,
): ScheduleWarning[] =>
  modules.flatMap((m) => {
    const days = daysOf(m);
    const holidays = days.flatMap((d) => {
      const name = holidayOn(country, d);
      return name ? [{ date: d, name }] : [];
    });
    const weekend = days.filter((d) => isWeekend(d) && !holidays.some((h) => h.date === d));
    const warnings: ScheduleWarning[] = [];
    if (weekend.length > 0) {
      warnings.push({
        code: "module-weekend",
        message: `"${m.title}" falls on a weekend (${list(weekend)})`,
        module: m.id,
        dates: weekend,
      });
    }
    if (holidays.length > 0) {
      warnings.push({
        code: "module-holiday",
        message: `"${m.title}" falls on ${holidays.map((h) => `${h.name} (${h.date})`).join(", ")}, a public holiday or holiday eve in ${country}`,
        module: m.id,
        dates: holidays.map((h) => h.date),
      });
    }
    return warnings;
  });

/** Pairs of modules of one program that share days; the later one gets the warning. */
export const overlapWarnings = (
  programId: string,
  modules: readonly DatedModule[],
): ScheduleWarning[] => {
  const warnings: ScheduleWarning[] = [];
  for (let i = 0; i < modules.length; i++) {
    for (let j = i + 1; j < modules.length; j++) {
      const [a, b] = [modules[i]!, modules[j]!];
      if (!rangesOverlap(a, b)) continue;
      const [first, second] = a.start <= b.start ? [a, b] : [b, a];
      const dates = sharedDays(second, first);
      warnings.push({
        code: "module-overlap",
        message: `"${second.title}" overlaps "${first.title}" (${list(dates)})`,
        module: second.id,
        dates,
        other: { program: programId, module: first.id },
      });
    }
  }
  return warnings;
};

export interface ProgramModules {
  id: string;
  /** Tells apart the classes of one program; the id when absent. */
  key?: string;
  name: string;
  modules: readonly DatedModule[];
}

/**
 * Modules of different programs that share days. Both programs get a warning,
 * since each may have its own coordinator reading its own part.
 */
export const crossProgramWarnings = (
  programs: readonly ProgramModules[],
): Map<string, ScheduleWarning[]> => {
  const keyOf = (p: ProgramModules): string => p.key ?? p.id;
  const result = new Map<string, ScheduleWarning[]>(programs.map((p) => [keyOf(p), []]));
  for (let i = 0; i < programs.length; i++) {
    for (let j = i + 1; j < programs.length; j++) {
      const [p, q] = [programs[i]!, programs[j]!];
      // Parallel classes of one program may meet on the same days.
      if (p.id === q.id) continue;
      for (const a of p.modules) {
        for (const b of q.modules) {
          if (!rangesOverlap(a, b)) continue;
          const dates = sharedDays(a, b);
          result.get(keyOf(p))!.push({
            code: "program-overlap",
            message: `"${a.title}" shares ${list(dates)} with "${b.title}" of ${q.name}`,
            module: a.id,
            dates,
            other: { program: q.id, module: b.id },
          });
          result.get(keyOf(q))!.push({
            code: "program-overlap",
            message: `"${b.title}" shares ${list(dates)} with "${a.title}" of ${p.name}`,
            module: b.id,
            dates,
            other: { program: p.id, module: a.id },
          });
        }
      }
    }
  }
  return result;
};
