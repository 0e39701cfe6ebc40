/**
 * Where a participant stands against the program's requirements on a day:
 * completed, on track, at risk (an attendance requirement can no longer be
 * met, even attending every module still to come) or not completed (the
 * program is over and a requirement is unmet). Pure: the day is passed in.
 *
 * A module is held once its last day is on or before the day; a cell left
 * empty for a held module counts as not attended, for a module still to come
 * as still possible (every day of it). A module counts as attended when one
 * of its days is.
 */
import type { Value } from "../applicants/values.js";
import type { IsoDate } from "../calendar/date.js";
import type { ProgressStatus } from "../language/progress-words.js";
import type { DatedModule } from "../program/model.js";
import { recordFieldsOf } from "../program/model.js";
import type { Attendance, Program, Requirement } from "../program/schema.js";
import { type CompiledRule, compileRule } from "../rules/compile.js";

export interface AttendanceCount {
  measure: "modules" | "days" | "percent" | "mandatory";
  /** What is counted so far: modules or days attended, or mandatory modules attended. */
  actual: number;
  /** The most the count can still reach, attending every module still to come. */
  possible: number;
  /** What the requirement needs, in the same unit. */
  needed: number;
  /** Modules or days counted (for percent: the days the share is of). */
  total: number;
  /** For percent: the share needed, as the program writes it. */
  percent?: number;
  /** For mandatory: the mandatory modules not attended (held, or filled in as not attended). */
  missed?: DatedModule[];
}

export type RequirementResult =
  | {
      id: string;
      text: string;
      kind: "attendance";
      met: boolean;
      reachable: boolean;
      count: AttendanceCount;
      rule?: RuleResult;
    }
  | { id: string; text: string; kind: "rule"; met: boolean; reachable: true; rule: RuleResult }
  | { id: string; text: string; kind: "by-hand"; met: true; reachable: true };

export interface RuleResult {
  met: boolean;
  /** The rule's failing reasons, in the program's language. */
  reasons: readonly string[];
}

export interface CheckedRequirements {
  requirements: readonly Requirement[];
  rule: (Pick<CompiledRule, "test" | "reasons"> | undefined)[];
}

/** Compiles each requirement's rule once, over the record fields in `position` order. */
export const compileRequirements = (
  program: Program,
  position: ReadonlyMap<string, number>,
): CheckedRequirements => {
  const requirements = program.requirements ?? [];
  const fields = recordFieldsOf(program);
  return {
    requirements,
    rule: requirements.map((r) =>
      r.rule ? compileRule(r.rule, { program, position, fields }) : undefined,
    ),
  };
};

const counted = (modules: readonly DatedModule[], attendance: Attendance): number[] =>
  modules.flatMap((m, i) => (attendance.among && !attendance.among.includes(m.id) ? [] : [i]));

/** The attendance count of one requirement over a participant's modules. */
export const countAttendance = (
  attendance: Attendance,
  modules: readonly DatedModule[],
  attended: readonly (number | null)[],
  asOf: IsoDate,
): AttendanceCount => {
  const indexes = counted(modules, attendance);
  let modulesAttended = 0;
  let modulesPossible = 0;
  let daysAttended = 0;
  let daysPossible = 0;
  let totalDays = 0;
  let mandatory = 0;
  let mandatoryAttended = 0;
  let mandatoryPossible = 0;
  const missed: DatedModule[] = [];
  for (const i of indexes) {
    const m = modules[i]!;
    const days = attended[i] ?? null;
    const open = days === null && m.end > asOf;
    const got = days ?? 0;
    totalDays += m.days;
    daysAttended += got;
    daysPossible += open ? m.days : got;
    if (got > 0) modulesAttended++;
    if (got > 0 || open) modulesPossible++;
    if (m.mandatory) {
      mandatory++;
      if (got > 0) mandatoryAttended++;
      if (got > 0 || open) mandatoryPossible++;
      else missed.push(m);
    }
  }
  if (attendance.modules !== undefined)
    return {
      measure: "modules",
      actual: modulesAttended,
      possible: modulesPossible,
      needed: attendance.modules,
      total: indexes.length,
    };
  if (attendance.days !== undefined)
    return {
      measure: "days",
      actual: daysAttended,
      possible: daysPossible,
      needed: attendance.days,
      total: totalDays,
    };
  if (attendance.percent !== undefined)
    return {
      measure: "percent",
      actual: daysAttended,
      possible: daysPossible,
      // The fewest whole days that make the share: 80 % of 18 days is 15 days.
      needed: Math.ceil((attendance.percent * totalDays) / 100 - 1e-9),
      total: totalDays,
      percent: attendance.percent,
    };
  return {
    measure: "mandatory",
    actual: mandatoryAttended,
    possible: mandatoryPossible,
    needed: mandatory,
    total: mandatory,
    missed,
  };
};

export interface Standing {
  status: Exclude<ProgressStatus, "invalid">;
  results: RequirementResult[];
}

/** Whether every module of the participant's group is held on the day (a program without modules is). */
export const programOver = (modules: readonly DatedModule[], asOf: IsoDate): boolean =>
  modules.every((m) => m.end <= asOf);

export const standingOf = (
  checked: CheckedRequirements,
  modules: readonly DatedModule[],
  attended: readonly (number | null)[],
  values: readonly Value[],
  asOf: IsoDate,
): Standing => {
  const results: RequirementResult[] = checked.requirements.map((r, i) => {
    const compiled = checked.rule[i];
    const rule: RuleResult | undefined = compiled
      ? compiled.test(values)
        ? { met: true, reasons: [] }
        : { met: false, reasons: compiled.reasons(values) }
      : undefined;
    if (r.attendance) {
      const count = countAttendance(r.attendance, modules, attended, asOf);
      const enough = count.actual >= count.needed;
      return {
        id: r.id,
        text: r.text,
        kind: "attendance",
        met: enough && (rule?.met ?? true),
        reachable: count.possible >= count.needed,
        count,
        ...(rule ? { rule } : {}),
      };
    }
    if (rule) return { id: r.id, text: r.text, kind: "rule", met: rule.met, reachable: true, rule };
    return { id: r.id, text: r.text, kind: "by-hand", met: true, reachable: true };
  });
  const status: Standing["status"] = results.every((r) => r.met)
    ? "completed"
    : programOver(modules, asOf)
      ? "not-completed"
      : results.some((r) => !r.reachable)
        ? "at-risk"
        : "on-track";
  return { status, results };
};
