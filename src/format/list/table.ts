/** `cohort list` for the terminal: one row per program, dates in each program's locale. */
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { ProgramStatus } from "../../core/schedule/status.js";
import type { TextRenderer } from "../formatter.js";
import { BORDERLESS } from "../schedule/borderless.js";
import { formatDate } from "../schedule/dates.js";
import { terminalText as safe } from "../terminal-text.js";
import type { ListReport } from "./report.js";

type Paint = InstanceType<typeof Chalk>;

const statusColor = (paint: Paint, status: ProgramStatus): string => {
  switch (status) {
    case "open for applications":
      return paint.green(status);
    case "running":
      return paint.cyan(status);
    case "closed":
      return paint.yellow(status);
    case "completed":
    case "ended":
    case "framework":
    case "undated":
      return paint.dim(status);
    case "paused":
    case "under-revision":
      return paint.magenta(status);
    default:
      return status;
  }
};

const NAME_WIDTH = 36;

export const formatTable: TextRenderer<ListReport> = (report, options) => {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  if (report.programs.length === 0) return "No programs.\n";
  let widestName = 0;
  for (const p of report.programs) widestName = Math.max(widestName, p.name.length);
  const table = new Table({
    head: ["id", "name", "locale", "seats", "deadline", "first", "last", "status"].map((h) =>
      paint.bold(h),
    ),
    chars: BORDERLESS,
    colWidths: [undefined, Math.min(NAME_WIDTH, widestName)] as number[],
    wordWrap: true,
    style: { "padding-left": 0, "padding-right": 0, head: [], border: [] },
  });
  for (const p of report.programs) {
    const date = (d: string | undefined) => (d ? formatDate(d, p.locale, "PP") : "");
    table.push([
      safe(p.id),
      safe(p.name),
      safe(p.locale),
      p.seats === undefined ? "" : String(p.seats),
      date(p.deadline),
      date(p.first),
      date(p.last),
      statusColor(paint, p.status),
    ]);
    // A program with intakes: its row shows the intake the day chooses; each intake follows.
    for (const i of p.intakes ?? []) {
      const classes =
        i.classes.length > 0
          ? paint.dim(` (${i.classes.map((c) => `${c.label} ${c.seats}`).join(", ")})`)
          : "";
      table.push([
        `  ${i.id}${i.id === p.intake ? " *" : ""}`,
        `${i.label}${classes}`,
        "",
        i.seats === undefined ? "" : String(i.seats),
        date(i.deadline),
        date(i.first),
        date(i.last),
        statusColor(paint, i.status),
      ]);
    }
  }
  const lines = table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd());
  const starred = report.programs.some((p) => p.intakes)
    ? ` * marks the intake commands use without --intake.`
    : "";
  return `${lines.join("\n")}\n${paint.dim(`Status on ${report.today}.${starred}`)}\n`;
};
