/** `cohort list` for the terminal: one row per program, dates in each program's locale. */
import { Chalk } from "chalk";
import Table from "cli-table3";
import { parseIsoDate } from "../../core/calendar/date.js";
import { type Locale, languageOf } from "../../core/language/index.js";
import type { ListWords } from "../../core/language/list-words.js";
import type { ProgramStatus } from "../../core/schedule/status.js";
import { fitLines, visibleWidth, wrapLine } from "../fit-width.js";
import type { TextRenderer } from "../formatter.js";
import { BORDERLESS } from "../schedule/borderless.js";
import { formatDate } from "../schedule/dates.js";
import { terminalText as safe } from "../terminal-text.js";
import { type ListReport, listLanguage } from "./report.js";

type Paint = InstanceType<typeof Chalk>;

/** The status in words, coloured by what it is. */
const statusColor = (paint: Paint, status: ProgramStatus, words: ListWords): string => {
  const word = words.status[status];
  switch (status) {
    case "open for applications":
      return paint.green(word);
    case "running":
      return paint.cyan(word);
    case "closed":
      return paint.yellow(word);
    case "completed":
    case "ended":
    case "framework":
    case "undated":
      return paint.dim(word);
    case "paused":
    case "under-revision":
      return paint.magenta(word);
    default:
      return word;
  }
};

const NAME_WIDTH = 36;
/** The narrowest the name column gets on a terminal before each program is written as a block. */
const NAME_FLOOR = 16;
const headOf = (words: ListWords): string[] => {
  const h = words.headers;
  return [h.id, h.name, h.locale, h.seats, h.deadline, h.first, h.last, h.status];
};

type Cells = string[];

/** A program's row, then a row per intake (marked `*` for the one the day chooses). */
const rowsOf = (
  report: ListReport,
  paint: Paint,
  locale: Locale,
): { rows: Cells[]; intake: boolean[] } => {
  const words = languageOf(locale).list;
  const rows: Cells[] = [];
  const intake: boolean[] = [];
  // Dates in the table's language, as its words: one table reads in one language.
  const date = (d: string | undefined) => (d ? formatDate(d, locale, "PP") : "");
  for (const p of report.programs) {
    rows.push([
      safe(p.id),
      safe(p.name),
      safe(p.locale),
      p.seats === undefined ? "" : String(p.seats),
      date(p.deadline),
      date(p.first),
      date(p.last),
      statusColor(paint, p.status, words),
    ]);
    intake.push(false);
    // A program with intakes: its row shows the intake the day chooses; each intake follows.
    for (const i of p.intakes ?? []) {
      const classes =
        i.classes.length > 0
          ? paint.dim(` (${i.classes.map((c) => `${c.label} ${c.seats}`).join(", ")})`)
          : "";
      rows.push([
        `  ${i.id}${i.id === p.intake ? " *" : ""}`,
        `${i.label}${classes}`,
        "",
        i.seats === undefined ? "" : String(i.seats),
        date(i.deadline),
        date(i.first),
        date(i.last),
        statusColor(paint, i.status, words),
      ]);
      intake.push(true);
    }
  }
  return { rows, intake };
};

/** The columns, two spaces apart, the name wrapping at `name` columns. */
const table = (
  rows: readonly Cells[],
  name: number,
  paint: Paint,
  head: readonly string[],
): string[] => {
  const layout = new Table({
    head: head.map((h) => paint.bold(h)),
    chars: BORDERLESS,
    colWidths: [undefined, name] as number[],
    wordWrap: true,
    style: { "padding-left": 0, "padding-right": 0, head: [], border: [] },
  });
  layout.push(...rows.map((r) => [...r]));
  return layout
    .toString()
    .split("\n")
    .map((line) => line.trimEnd());
};

/**
 * A terminal too narrow for the columns: each program (and intake) as a
 * block, its id, locale, seats and status on the first line, the name under
 * it, then the dates; every line wrapped to `width`.
 */
const blocks = (
  rows: readonly Cells[],
  intake: readonly boolean[],
  width: number,
  words: ListWords,
): string[] =>
  rows.flatMap((row, r) => {
    const [id, name, locale, seats, deadline, first, last, status] = row as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const indent = intake[r] ? "    " : "  ";
    const h = words.headers;
    const dates = [
      deadline && `${h.deadline} ${deadline}`,
      first && `${h.first} ${first}`,
      last && `${h.last} ${last}`,
    ].filter(Boolean);
    const lines = [
      [id, locale, seats && words.seats(Number(seats)), status].filter(Boolean).join("  "),
      `${indent}${name}`,
      ...(dates.length > 0 ? [`${indent}${dates.join(", ")}`] : []),
    ];
    return lines.flatMap((line) => wrapLine(line, width, 2));
  });

export const formatTable: TextRenderer<ListReport> = (report, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const locale = listLanguage(report);
  const language = languageOf(locale);
  const words = language.list;
  if (report.programs.length === 0) return `${words.noPrograms}\n`;
  const head = headOf(words);
  const { rows, intake } = rowsOf(report, paint, locale);
  let widestName = 0;
  for (const p of report.programs) widestName = Math.max(widestName, p.name.length);
  const width = options.width;
  let lines: string[];
  if (width === undefined) lines = table(rows, Math.min(NAME_WIDTH, widestName), paint, head);
  else {
    // The other columns as wide as their text; the name gets what is left, up to NAME_WIDTH.
    const others = head
      .map((h, c) =>
        c === 1
          ? 0
          : rows.reduce((most, row) => Math.max(most, visibleWidth(row[c]!)), visibleWidth(h)),
      )
      .reduce((a, b) => a + b, 0);
    const name = Math.min(NAME_WIDTH, widestName, width - others - 2 * (head.length - 1));
    lines =
      name >= NAME_FLOOR ? table(rows, name, paint, head) : blocks(rows, intake, width, words);
  }
  const starred = report.programs.some((p) => p.intakes) ? ` ${words.intakeMark}` : "";
  const today = parseIsoDate(report.today);
  const day = today ? language.dates(today.year, today.month, today.day) : report.today;
  return `${lines.join("\n")}\n${fitLines(paint.dim(`${words.statusOn(day)}${starred}`), width)}\n`;
};
