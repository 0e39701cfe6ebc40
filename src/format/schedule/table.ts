/**
 * The terminal schedule: per program a heading, a table of modules with
 * dates in the program's language, the undated components, totals, the
 * application deadline and the warnings, labelled in the program's language
 * (or --lang).
 */
import { Chalk } from "chalk";
import Table from "cli-table3";
import { languageOf } from "../../core/language/index.js";
import type { ProgramSchedule } from "../../core/schedule/schedule.js";
import { fitColumns, fitLines } from "../fit-width.js";
import { terminalText as safe } from "../terminal-text.js";
import { wrap } from "../text-table.js";
import { BORDERLESS } from "./borderless.js";
import { longDate, weekdayDate } from "./dates.js";
import type { ScheduleRenderer } from "./options.js";
import { formatTimeline } from "./timeline.js";
import { unitSuffix } from "./unit.js";
import { warningText } from "./warning-words.js";

type Paint = InstanceType<typeof Chalk>;

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
  const labels = languageOf(locale).schedule;
  const head = ["#", labels.module, labels.start, labels.end, labels.days, labels.location];
  const widest = (i: number) => {
    let most = head[i]!.length;
    for (const r of rows) most = Math.max(most, r[i]!.length);
    return most;
  };
  const others = [0, 2, 3, 4, 5].reduce((sum, i) => sum + widest(i), 0) + 5 * 2;
  let colWidths: (number | undefined)[] = [
    undefined,
    Math.max(20, Math.min(widest(1), width - others)),
  ];
  if (width - others < 20) {
    // Too narrow for a title of 20: the title gives way first, then the dates;
    // cells are wrapped here, so that no word is cut short.
    const fitted = fitColumns(
      head.map((_, i) => widest(i)),
      width - 5 * 2,
      [
        { columns: [1], floor: 20 },
        { columns: [2, 3], floor: 12 },
      ],
    );
    for (const row of rows)
      row.forEach((cell, i) => {
        row[i] = wrap(cell, fitted[i]!).join("\n");
      });
    colWidths = fitted;
  }
  const table = new Table({
    head: head.map((h) => paint.bold(h)),
    chars: BORDERLESS,
    colWidths: colWidths as number[],
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

const programSection = (
  p: ProgramSchedule,
  paint: Paint,
  width: number,
  /** The terminal's width, when the lines must fit one. */
  fit: number | undefined,
): string => {
  const { program } = p;
  const locale = program.locale;
  const language = languageOf(locale);
  const labels = language.schedule;
  const out = [
    `${paint.bold(safe(`${program.name}${unitSuffix(p)}`))} ${paint.dim(safe(`(${program.id}, ${p.file || "-"})`))}`,
  ];
  if (p.deadline || p.opens) {
    const parts = [];
    if (p.opens) parts.push(`${labels.opens}: ${longDate(p.opens, locale)}`);
    if (p.deadline) parts.push(`${labels.deadline}: ${longDate(p.deadline, locale)}`);
    out.push(parts.join("; "));
  }
  out.push("");
  out.push(p.modules.length > 0 ? modulesTable(p, paint, width) : paint.dim(labels.noModules));
  if (p.omitted > 0) out.push(paint.dim(labels.omitted(p.omitted)));
  if (p.components.length > 0) {
    out.push("", `${labels.components}:`);
    for (const c of p.components)
      out.push(`  - ${safe(c.title)} ${paint.dim(`(${labels.kind[c.kind]})`)}`);
  }
  const { gatherings, days } = p.totals;
  if (gatherings > 0) out.push("", labels.totals(gatherings, days));
  for (const w of p.warnings)
    out.push(
      `${paint.yellow(language.decision.summary.warning)} ${safe(warningText(w, language))} ${paint.dim(w.code)}`,
    );
  return out.map((line) => fitLines(line, fit, 2)).join("\n");
};

export const formatTable: ScheduleRenderer = (schedule, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.width ?? 100;
  if (schedule.programs.length === 0) return "No programs to schedule.\n";
  const sections = schedule.programs.map((p) => programSection(p, paint, width, options.width));
  let text = `${sections.join("\n\n")}\n`;
  if (options.timeline) {
    const timeline = formatTimeline(schedule, options.color, width, options.width !== undefined);
    if (timeline) text += `\n${timeline}`;
  }
  return text;
};
