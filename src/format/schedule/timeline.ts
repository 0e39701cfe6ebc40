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

/** Each year over its first month, where the year before leaves room for it. */
const yearsAt = (months: readonly { year: number; month: number }[], cell: number): string => {
  let line = "";
  months.forEach((m, i) => {
    if ((i === 0 || m.month === 1) && line.length <= i * cell)
      line = line.padEnd(i * cell) + String(m.year);
  });
  return line;
};

export const formatTimeline = (
  schedule: Schedule,
  color: boolean,
  width: number,
  /** The width is a terminal's, which no line may pass (labels and months narrow to fit). */
  fit = false,
): string => {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const programs = schedule.programs.filter((p) => p.modules.length > 0);
  if (programs.length === 0) return "";
  const first = programs.map((p) => p.totals.first!).sort()[0]!;
  const last = programs.map((p) => p.totals.last!).reduce(latest);
  const axis = monthAxis(first, last);
  // On a terminal narrower than the labels and three columns a month, the labels give way, then the months.
  const label = fit ? Math.max(12, Math.min(LABEL, width - 1 - axis.months.length * 3)) : LABEL;
  const cell = Math.max(
    fit ? 1 : 3,
    Math.min(8, Math.floor((width - label - 1) / axis.months.length)),
  );
  const locale = programs[0]!.program.locale;

  const years = fit
    ? yearsAt(axis.months, cell)
    : axis.months
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
    `${" ".repeat(label)}${paint.dim(years.trimEnd())}`,
    `${" ".repeat(label)}${paint.dim(months.trimEnd())}`,
  ];
  const columns = axis.months.length * cell;
  for (const p of programs) {
    if (programs.length > 1)
      out.push(paint.bold(truncate(p.program.id, label + columns).trimEnd()));
    for (const m of p.modules) {
      const from = axis.position(m.start) * cell;
      const to = endPosition(axis, m.end) * cell;
      let bar = "";
      for (let c = 0; c < columns; c++) {
        const inside = c + 1 > from && c < to;
        bar += inside ? "█" : " ";
      }
      out.push(
        `${truncate(`${String(m.number).padStart(2)} ${m.title}`, label - 1)} ${paint.cyan(bar.trimEnd())}`,
      );
    }
  }
  return `${out.join("\n")}\n`;
};
