/**
 * The terminal schedule: per program a heading, a table of modules with
 * dates in the program's language, the undated components, totals, the
 * application deadline and the warnings. Labels are English like the rest of
 * the CLI; dates and weekdays follow the program's locale.
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { ProgramSchedule } from "../../core/schedule/schedule.js";
import { terminalText as safe } from "../terminal-text.js";
import { BORDERLESS } from "./borderless.js";
import { longDate, weekdayDate } from "./dates.js";
import type { ScheduleRenderer } from "./options.js";
import { formatTimeline } from "./timeline.js";
import { unitSuffix } from "./unit.js";

type Paint = InstanceType<typeof Chalk>;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const modulesTable = (p: ProgramSchedule, paint: Paint, width: number): string => {
  const locale = p.program.locale;
  const rows = p.modules.map((m) => [
    String(m.number),
    safe(m.title),
    weekdayDate(m.start, locale),
    weekdayDate(m.end, locale),
    String(m.days),
    safe(m.location ?? ""),
  ]);
  const head = ["#", "Module", "Start", "End", "Days", "Location"];
  const widest = (i: number) => {
    let most = head[i]!.length;
    for (const r of rows) most = Math.max(most, r[i]!.length);
    return most;
  };
  const others = [0, 2, 3, 4, 5].reduce((sum, i) => sum + widest(i), 0) + 5 * 2;
  const title = Math.max(20, Math.min(widest(1), width - others));
  const table = new Table({
    head: head.map((h) => paint.bold(h)),
    chars: BORDERLESS,
    colWidths: [undefined, title, undefined, undefined, undefined, undefined] as number[],
    colAligns: ["right", "left", "left", "left", "right", "left"],
    wordWrap: true,
    style: { "padding-left": 0, "padding-right": 0, head: [], border: [] },
  });
  table.push(...rows);
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
};

const programSection = (p: ProgramSchedule, paint: Paint, width: number): string => {
  const { program } = p;
  const locale = program.locale;
  const out = [
    `${paint.bold(safe(`${program.name}${unitSuffix(p)}`))} ${paint.dim(safe(`(${program.id}, ${p.file || "-"})`))}`,
  ];
  if (p.deadline || p.opens) {
    const parts = [];
    if (p.opens) parts.push(`opens ${longDate(p.opens, locale)}`);
    if (p.deadline) parts.push(`deadline ${longDate(p.deadline, locale)}`);
    out.push(`Applications: ${parts.join(", ")}`);
  }
  out.push("");
  out.push(p.modules.length > 0 ? modulesTable(p, paint, width) : paint.dim("No dated modules."));
  if (p.omitted > 0)
    out.push(paint.dim(`${plural(p.omitted, "module")} outside the period left out.`));
  if (p.components.length > 0) {
    out.push("", "Without fixed dates:");
    for (const c of p.components)
      out.push(`  - ${safe(c.title)} ${paint.dim(safe(`(${c.kind})`))}`);
  }
  const { gatherings, days } = p.totals;
  if (gatherings > 0)
    out.push("", `Total: ${plural(gatherings, "gathering")}, ${plural(days, "day")}`);
  for (const w of p.warnings)
    out.push(`${paint.yellow("warning")} ${safe(w.message)} ${paint.dim(w.code)}`);
  return out.join("\n");
};

export const formatTable: ScheduleRenderer = (schedule, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 100;
  if (schedule.programs.length === 0) return "No programs to schedule.\n";
  const sections = schedule.programs.map((p) => programSection(p, paint, width));
  let text = `${sections.join("\n\n")}\n`;
  if (options.timeline) {
    const timeline = formatTimeline(schedule, options.color, width);
    if (timeline) text += `\n${timeline}`;
  }
  return text;
};
