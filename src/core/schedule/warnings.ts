/**
 * What a coordinator should look at before booking: module days on weekends
 * or public holidays, and modules that share days, within one program or
 * across the programs scheduled together.
 */
import { addDays, type IsoDate, isWeekend } from "../calendar/date.js";
import { holidayOn } from "../calendar/holidays.js";
import { overlappingPairs } from "../calendar/overlaps.js";
import type { DatedModule } from "../program/model.js";
import type { Country } from "../vocabulary.js";

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
  /**
   * What the words in the program's language need (src/format/schedule/
   * warning-words.ts); `message` is the English JSON keeps.
   */
  about: WarningAbout;
}

export interface WarningAbout {
  /** The module's title. */
  title: string;
  /** module-holiday: each day's holiday, and the country whose holidays they are. */
  holidays?: readonly { date: IsoDate; name: string }[];
  country?: Country;
  /** Overlaps: the other module's title and, across programs, its program's name. */
  otherTitle?: string;
  otherProgram?: string;
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
        about: { title: m.title },
      });
    }
    if (holidays.length > 0) {
      warnings.push({
        code: "module-holiday",
        message: `"${m.title}" falls on ${holidays.map((h) => `${h.name} (${h.date})`).join(", ")}, a public holiday or holiday eve in ${country}`,
        module: m.id,
        dates: holidays.map((h) => h.date),
        about: { title: m.title, holidays, country },
      });
    }
    return warnings;
  });

/** Pairs of modules of one program that share days; the later one gets the warning. */
export const overlapWarnings = (
  programId: string,
  modules: readonly DatedModule[],
): ScheduleWarning[] =>
  overlappingPairs(modules).map(([i, j]) => {
    const [a, b] = [modules[i]!, modules[j]!];
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    const dates = sharedDays(second, first);
    return {
      code: "module-overlap",
      message: `"${second.title}" overlaps "${first.title}" (${list(dates)})`,
      module: second.id,
      dates,
      other: { program: programId, module: first.id },
      about: { title: second.title, otherTitle: first.title },
    };
  });

export interface ProgramModules {
  id: string;
  /** Tells apart the classes of one program; the id when absent. */
  key?: string;
  name: string;
  modules: readonly DatedModule[];
}

/**
 * Modules of different programs that share days. Both programs get a warning,
 * since each may have its own coordinator reading its own part. A program's
 * warnings come in the order of a loop over every pair of programs, then over
 * the modules of the first and of the second: first those where it is the
 * second program, then those where it is the first.
 */
export const crossProgramWarnings = (
  programs: readonly ProgramModules[],
): Map<string, ScheduleWarning[]> => {
  const keyOf = (p: ProgramModules): string => p.key ?? p.id;
  const all = programs.flatMap((p, program) =>
    p.modules.map((m, index) => ({ program, index, m })),
  );
  const pairs = overlappingPairs(all.map((x) => x.m))
    .map(([x, y]) => [all[x]!, all[y]!] as const)
    // Parallel classes of one program may meet on the same days.
    .filter(([x, y]) => programs[x.program]!.id !== programs[y.program]!.id)
    .map(([x, y]) => (x.program < y.program ? { p: x, q: y } : { p: y, q: x }))
    .sort(
      (u, v) =>
        u.p.program - v.p.program ||
        u.q.program - v.q.program ||
        u.p.index - v.p.index ||
        u.q.index - v.q.index,
    );
  const keyed = new Map<string, { key: number[]; warning: ScheduleWarning }[]>(
    programs.map((p) => [keyOf(p), []]),
  );
  for (const { p, q } of pairs) {
    const [pp, qq] = [programs[p.program]!, programs[q.program]!];
    const [a, b] = [p.m, q.m];
    const dates = sharedDays(a, b);
    keyed.get(keyOf(pp))!.push({
      key: [1, q.program, p.index, q.index],
      warning: {
        code: "program-overlap",
        message: `"${a.title}" shares ${list(dates)} with "${b.title}" of ${qq.name}`,
        module: a.id,
        dates,
        other: { program: qq.id, module: b.id },
        about: { title: a.title, otherTitle: b.title, otherProgram: qq.name },
      },
    });
    keyed.get(keyOf(qq))!.push({
      key: [0, p.program, p.index, q.index],
      warning: {
        code: "program-overlap",
        message: `"${b.title}" shares ${list(dates)} with "${a.title}" of ${pp.name}`,
        module: b.id,
        dates,
        other: { program: pp.id, module: a.id },
        about: { title: b.title, otherTitle: a.title, otherProgram: pp.name },
      },
    });
  }
  const byKey = (u: { key: number[] }, v: { key: number[] }): number => {
    for (let k = 0; k < u.key.length; k++) if (u.key[k] !== v.key[k]) return u.key[k]! - v.key[k]!;
    return 0;
  };
  return new Map(
    [...keyed].map(([id, warnings]) => [id, warnings.sort(byKey).map((w) => w.warning)]),
  );
};
