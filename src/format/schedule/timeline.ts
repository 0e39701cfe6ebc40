/**
 * A month timeline for the terminal: months across, one bar per module,
 * programs one under the other on a shared axis so that clashes show.
 */
import { Chalk } from "chalk";
import { latest } from "../../core/calendar/date.js";
import { endPosition, monthAxis } from "../../core/schedule/months.js";
import type { Schedule } from "../../core/schedule/schedule.js";
import { terminalLine } from "../terminal-text.js";
import { monthShort } from "./dates.js";

const LABEL = 26;

/** One line of at most `width` characters, made safe for the terminal. */
const truncate = (raw: string, width: number): string => {
  const text = terminalLine(raw);
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
};

export const formatTimeline = (schedule: Schedule, color: boolean, width: number): string => {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const programs = schedule.programs.filter((p) => p.modules.length > 0);
  if (programs.length === 0) return "";
  const first = programs.map((p) => p.totals.first!).sort()[0]!;
  const last = programs.map((p) => p.totals.last!).reduce(latest);
  const axis = monthAxis(first, last);
  const cell = Math.max(3, Math.min(8, Math.floor((width - LABEL - 1) / axis.months.length)));
  const locale = programs[0]!.program.locale;

  const years = axis.months
    .map((m, i) => (i === 0 || m.month === 1 ? String(m.year).padEnd(cell) : " ".repeat(cell)))
    .join("");
  const months = axis.months
    .map((m) =>
      monthShort(m.first, locale)
        .slice(0, cell - 1)
        .padEnd(cell),
    )
    .join("");
  const out = [
    `${" ".repeat(LABEL)}${paint.dim(years.trimEnd())}`,
    `${" ".repeat(LABEL)}${paint.dim(months.trimEnd())}`,
  ];
  const columns = axis.months.length * cell;
  for (const p of programs) {
    if (programs.length > 1)
      out.push(paint.bold(truncate(p.program.id, LABEL + columns).trimEnd()));
    for (const m of p.modules) {
      const from = axis.position(m.start) * cell;
      const to = endPosition(axis, m.end) * cell;
      let bar = "";
      for (let c = 0; c < columns; c++) {
        const inside = c + 1 > from && c < to;
        bar += inside ? "█" : " ";
      }
      out.push(
        `${truncate(`${String(m.number).padStart(2)} ${m.title}`, LABEL - 1)} ${paint.cyan(bar.trimEnd())}`,
      );
    }
  }
  return `${out.join("\n")}\n`;
};
