/** The pairwise comparison the sweep replaced, kept as the reference it must agree with. */
import { addDays, type IsoDate } from "../../../src/core/calendar/date.js";
import type { DatedModule } from "../../../src/core/program/model.js";
import { rangesOverlap } from "../../../src/core/schedule/period.js";

type ScheduleWarningCode =
  | "module-weekend"
  | "module-holiday"
  | "module-overlap"
  | "program-overlap";

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
  const result = new Map<string, ScheduleWarning[]>(programs.map((p) => [p.id, []]));
  for (let i = 0; i < programs.length; i++) {
    for (let j = i + 1; j < programs.length; j++) {
      const [p, q] = [programs[i]!, programs[j]!];
      for (const a of p.modules) {
        for (const b of q.modules) {
          if (!rangesOverlap(a, b)) continue;
          const dates = sharedDays(a, b);
          result.get(p.id)!.push({
            code: "program-overlap",
            message: `"${a.title}" shares ${list(dates)} with "${b.title}" of ${q.name}`,
            module: a.id,
            dates,
            other: { program: q.id, module: b.id },
          });
          result.get(q.id)!.push({
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
