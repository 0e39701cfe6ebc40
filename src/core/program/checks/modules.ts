import { addDays, daysBetweenInclusive, isoWeekday } from "../../calendar/date.js";
import { holidayOn } from "../../calendar/holidays.js";
import { earlierOverlaps } from "../../calendar/overlaps.js";
import type { Finding } from "../../findings.js";
import { datedModules, modulesInOrder } from "../model.js";
import { error, type ProgramCheck, warning } from "./check.js";

export const moduleEndsBeforeStart: ProgramCheck = (program) =>
  (program.modules ?? []).flatMap((m, i) =>
    m.end !== undefined && m.end < m.start
      ? [
          error(
            "module-end-before-start",
            `module "${m.id}" ends (${m.end}) before it starts (${m.start})`,
            ["modules", i, "end"],
          ),
        ]
      : [],
  );

export const moduleDaysMismatch: ProgramCheck = (program) =>
  (program.modules ?? []).flatMap((m, i) => {
    if (m.end === undefined || m.days === undefined || m.end < m.start) return [];
    const span = daysBetweenInclusive(m.start, m.end);
    return span === m.days
      ? []
      : [
          error(
            "module-days-mismatch",
            `module "${m.id}" says days: ${m.days}, but ${m.start} to ${m.end} is ${span} day${span === 1 ? "" : "s"}`,
            ["modules", i, "days"],
          ),
        ];
  });

export const duplicateModuleIds: ProgramCheck = (program) => {
  const seen = new Map<string, number>();
  return (program.modules ?? []).flatMap((m, i) => {
    const first = seen.get(m.id);
    if (first === undefined) {
      seen.set(m.id, i);
      return [];
    }
    return [
      error("module-duplicate-id", `module id "${m.id}" is already used by module ${first + 1}`, [
        "modules",
        i,
        "id",
      ]),
    ];
  });
};

/**
 * At most this many overlap findings name the modules one module overlaps;
 * the rest are counted in one more finding. A thousand modules on one day
 * would otherwise be half a million findings (and exhausted the heap).
 */
export const OVERLAPS_SHOWN_PER_MODULE = 20;

export const overlappingModules: ProgramCheck = (program) => {
  const modules = modulesInOrder(program).filter((m) => m.end >= m.start);
  // Found by sort and sweep, reported in the order a loop over every pair would.
  const found: { i: number; j: number; rest: number; finding: Finding }[] = [];
  earlierOverlaps(modules, OVERLAPS_SHOWN_PER_MODULE).forEach(({ shown, count }, j) => {
    const b = modules[j]!;
    for (const i of shown) {
      const a = modules[i]!;
      found.push({
        i,
        j,
        rest: 0,
        finding: error(
          "module-overlap",
          `module "${b.id}" (${b.start} to ${b.end}) overlaps module "${a.id}" (${a.start} to ${a.end})`,
          ["modules", b.index, "start"],
        ),
      });
    }
    if (count > shown.length) {
      const more = count - shown.length;
      found.push({
        i: shown[shown.length - 1]!,
        j,
        rest: 1,
        finding: error(
          "module-overlap",
          `module "${b.id}" (${b.start} to ${b.end}) also overlaps ${more} more module${more === 1 ? "" : "s"} (only the first ${shown.length} are named)`,
          ["modules", b.index, "start"],
        ),
      });
    }
  });
  return found.sort((x, y) => x.i - y.i || x.j - y.j || x.rest - y.rest).map((f) => f.finding);
};

export const modulesBeforeDeadline: ProgramCheck = (program) => {
  const deadline = program.application?.deadline;
  if (!deadline) return [];
  return datedModules(program).flatMap((m) =>
    m.start <= deadline
      ? [
          error(
            "module-before-deadline",
            `module "${m.id}" starts ${m.start}, on or before the application deadline ${deadline}`,
            ["modules", m.index, "start"],
          ),
        ]
      : [],
  );
};

export const declaredFormat: ProgramCheck = (program) => {
  const format = program.format;
  const modules = datedModules(program);
  if (!format || modules.length === 0) return [];
  const findings = [];
  if (format.gatherings !== undefined && format.gatherings !== modules.length) {
    findings.push(
      error(
        "format-mismatch",
        `format declares ${format.gatherings} gatherings, but the program has ${modules.length} module${modules.length === 1 ? "" : "s"}`,
        ["format", "gatherings"],
      ),
    );
  }
  const days = modules.reduce((sum, m) => sum + m.days, 0);
  if (format.days !== undefined && format.days !== days) {
    findings.push(
      error(
        "format-mismatch",
        `format declares ${format.days} days, but the modules add up to ${days}`,
        ["format", "days"],
      ),
    );
  }
  return findings;
};

const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

/** Module days that fall on a weekend or a public holiday of the program's country. */
export const modulesOnDaysOff: ProgramCheck = (program) =>
  datedModules(program).flatMap((m) => {
    if (m.end < m.start || m.days > 366) return [];
    const findings = [];
    for (let d = 0; d < m.days; d++) {
      const date = addDays(m.start, d);
      const weekday = isoWeekday(date);
      const holiday = holidayOn(program.country, date);
      if (holiday) {
        findings.push(
          warning(
            "module-holiday",
            `module "${m.id}" falls on ${holiday} (${date}), a public holiday or holiday eve in ${program.country}`,
            ["modules", m.index, "start"],
            { kind: "module-holiday", module: m.id, holiday, date, country: program.country },
          ),
        );
      } else if (weekday >= 5) {
        findings.push(
          warning(
            "module-weekend",
            `module "${m.id}" falls on a ${WEEKDAY_NAMES[weekday]} (${date})`,
            ["modules", m.index, "start"],
            { kind: "module-weekend", module: m.id, weekday, date },
          ),
        );
      }
    }
    return findings;
  });
