/**
 * `schedule --format json`, version 1: exactly the data the other formats are
 * drawn from. Absent values are null, so every key is always there.
 * Documented in docs/schedule.md; scripts depend on it.
 */
import type { ProgramSchedule } from "../../core/schedule/schedule.js";
import { longDate } from "./dates.js";
import type { ScheduleRenderer } from "./options.js";

const programJson = (p: ProgramSchedule) => ({
  id: p.program.id,
  name: p.program.name,
  file: p.file,
  locale: p.program.locale,
  country: p.program.country,
  // Only for a program with intakes: version 1 readers see every key they knew.
  ...(p.intake ? { intake: { id: p.intake.id, label: p.intake.label } } : {}),
  ...(p.class
    ? {
        class: { id: p.class.id, label: p.class.label, site: p.class.site, seats: p.class.seats },
      }
    : {}),
  modules: p.modules.map((m) => ({
    number: m.number,
    id: m.id,
    title: m.title,
    start: m.start,
    end: m.end,
    days: m.days,
    location: m.location ?? null,
    startText: longDate(m.start, p.program.locale),
    endText: longDate(m.end, p.program.locale),
  })),
  omitted: p.omitted,
  components: p.components.map((c) => ({
    id: c.id,
    title: c.title,
    kind: c.kind,
    description: c.description ?? null,
  })),
  totals: {
    gatherings: p.totals.gatherings,
    days: p.totals.days,
    first: p.totals.first ?? null,
    last: p.totals.last ?? null,
    declared: p.totals.declared
      ? {
          gatherings: p.totals.declared.gatherings ?? null,
          days: p.totals.declared.days ?? null,
        }
      : null,
  },
  opens: p.opens ?? null,
  deadline: p.deadline ?? null,
  warnings: p.warnings.map((w) => ({
    code: w.code,
    message: w.message,
    module: w.module,
    dates: w.dates,
    ...(w.other ? { other: w.other } : {}),
  })),
});

export const formatJson: ScheduleRenderer = (schedule) =>
  `${JSON.stringify(
    {
      version: 1,
      period: { from: schedule.period.from ?? null, to: schedule.period.to ?? null },
      programs: schedule.programs.map(programJson),
    },
    null,
    2,
  )}\n`;
