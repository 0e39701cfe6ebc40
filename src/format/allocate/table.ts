import { Chalk } from "chalk";
import type { Decision, DecisionRow } from "../../core/decision/report.js";
import type { TableWords } from "../../core/language/decision-words.js";
import { languageOf } from "../../core/language/index.js";
import type { TerminalWords } from "../../core/language/terminal-words.js";
import { fitLines } from "../fit-width.js";
import type { FormatOptions, Formatter } from "../formatter.js";
import { terminalText as safe } from "../terminal-text.js";
import { textTablePieces } from "../text-table.js";
import { outcomeCounts, spreadFields } from "./summary.js";

const BAR = 20;

const bar = (filled: number, of: number, paint: InstanceType<typeof Chalk>, long = BAR): string => {
  const full = of <= 0 ? 0 : Math.min(long, Math.round((filled / of) * long));
  return paint.green("█".repeat(full)) + paint.dim("░".repeat(long - full));
};

/** The formats that write every row of an allocation, named under a table shown in part. */
const ALL_ROWS = ["csv", "json", "xlsx"];

/** Columns the output must fit in, and the rows a table shows (see FormatOptions). */
type Fit = Pick<FormatOptions, "width" | "rowLimit"> & { terminal: TerminalWords };

/**
 * The first rows a terminal shows of `count` rows, and the line saying how
 * many more there are. Only the rows shown are taken from `rows`.
 */
const shown = <T>(
  rows: Iterable<T>,
  count: number,
  fit: Fit,
): { rows: readonly T[]; more: string } => {
  const limit = fit.rowLimit ?? Number.POSITIVE_INFINITY;
  const taken: T[] = [];
  if (limit > 0)
    for (const row of rows) {
      taken.push(row);
      if (taken.length >= limit) break;
    }
  if (count <= limit) return { rows: taken, more: "" };
  const line = fit.terminal.moreRows(count - limit, fit.terminal.or(ALL_ROWS));
  return { rows: taken, more: `\n${fitLines(line, fit.width)}` };
};

/**
 * With leader groups: a column naming each row's group, and the rows of one
 * group listed together, where its first row stands (the order of the
 * others is kept).
 */
const together = (rows: Iterable<DecisionRow>): DecisionRow[] => {
  const byGroup = new Map<string, DecisionRow[]>();
  for (const r of rows) {
    if (r.group === undefined || r.group === null) continue;
    const members = byGroup.get(r.group);
    if (members) members.push(r);
    else byGroup.set(r.group, [r]);
  }
  if (byGroup.size === 0) return [...rows];
  const out: DecisionRow[] = [];
  for (const r of rows) {
    if (r.group === undefined || r.group === null) out.push(r);
    else {
      const members = byGroup.get(r.group);
      if (members) {
        for (const m of members) out.push(m);
        byGroup.delete(r.group);
      }
    }
  }
  return out;
};

/**
 * The table of `count` rows, in pieces. `group`: the header of the leader
 * groups' column, for a program with them.
 */
function* rowsTable(
  all: Iterable<DecisionRow>,
  count: number,
  waitlist: boolean,
  words: TableWords,
  fit: Fit,
  group?: string,
): Generator<string> {
  const { rows, more } = shown(group === undefined ? all : together(all), count, fit);
  // The group column stands after the applicant's; the reason stays last and gives way first.
  const g = <T>(before: T[], cell: T, after: T[]): T[] =>
    group === undefined ? [...before, ...after] : [...before, cell, ...after];
  const extra = group === undefined ? 0 : 1;
  const firsts = (n: number) => [...Array(n + extra).keys()];
  yield* waitlist
    ? textTablePieces(
        g(["#", words.inQuota, words.applicant], group ?? "", [
          words.quota,
          words.rank,
          words.whyNotYet,
        ]),
        rows.map((r) =>
          g(
            [String(r.position?.overall ?? ""), String(r.position?.inGroup ?? ""), r.id],
            r.group ?? "",
            [r.quota ?? "", String(r.rank), `${r.code}: ${r.reason}`],
          ),
        ),
        {
          width: fit.width,
          giveWay: [
            { columns: [5 + extra], floor: 16 },
            { columns: firsts(5), floor: 8 },
          ],
        },
      )
    : textTablePieces(
        g([words.rank, words.applicant], group ?? "", [words.quota, words.reason]),
        rows.map((r) =>
          g(
            [String(r.rank), `${r.id}${r.newlyOffered ? ` ${words.newlyOfferedMark}` : ""}`],
            r.group ?? "",
            [r.quota ?? "", `${r.code}: ${r.reason}`],
          ),
        ),
        {
          width: fit.width,
          giveWay: [
            { columns: [3 + extra], floor: 16 },
            { columns: firsts(3), floor: 8 },
          ],
        },
      );
  yield more;
}

/**
 * Labels of the summary's bars: quota labels, spread values (free text from
 * the list, when the field is not an enum) and classes; at most LABEL wide,
 * longer ones cut with "…", so one long value cannot widen every line.
 */
const LABEL = 40;
const cut = (text: string, most = LABEL): string =>
  [...text].length > most ? `${[...text].slice(0, most - 1).join("")}…` : text;

const summaryLines = (
  decision: Decision,
  paint: InstanceType<typeof Chalk>,
  fit: Fit,
): string[] => {
  // On a narrow terminal the labels and bars give way to the counts beside them.
  const narrow = fit.width !== undefined && fit.width < 80;
  const most = fit.width === undefined ? LABEL : Math.max(8, Math.min(LABEL, fit.width - 40));
  const label = (text: string) => cut(text, most);
  const long = narrow ? BAR / 2 : BAR;
  const s = decision.summary;
  const words = languageOf(decision.locale).decision;
  const noValue = words.tables.noValue;
  let width = 8;
  for (const q of s.quotas) width = Math.max(width, [...label(q.label)].length);
  const spreads = spreadFields(decision);
  for (const spread of spreads)
    for (const v of spread.values)
      width = Math.max(width, [...label(String(v.value ?? noValue))].length);
  const lines = [
    paint.bold(words.summary.seats(s.admitted, s.seats)) +
      (s.target < s.seats ? paint.yellow(` (${words.summary.atMost(s.target)})`) : ""),
  ];
  if (s.quotas.length > 0) {
    lines.push("", paint.bold(words.summary.perQuota));
    for (const q of s.quotas) {
      const of = q.seats ?? s.seats;
      const transferred = q.transferred > 0 ? `, ${words.summary.transferred(q.transferred)}` : "";
      lines.push(
        `  ${safe(label(q.label)).padEnd(width)}  ${bar(q.admitted, of, paint, long)} ${q.admitted}/${q.seats ?? "-"}${transferred}`,
      );
    }
  }
  for (const spread of spreads) {
    lines.push("", paint.bold(words.summary.perValue(safe(spread.label))));
    for (const v of spread.values) {
      const limits = [
        v.min > 0 ? `${words.summary.min} ${v.min}` : "",
        v.max !== null ? `${words.summary.max} ${v.max}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `  ${safe(label(String(v.value ?? noValue))).padEnd(width)}  ${bar(v.admitted, v.max ?? s.seats, paint, long)} ${v.admitted}${limits ? ` (${limits})` : ""}`,
      );
    }
  }
  if (s.classes) {
    let classWidth = 8;
    for (const c of s.classes)
      classWidth = Math.max(classWidth, [...label(`${c.label} (${c.site})`)].length);
    lines.push("", paint.bold(words.summary.perClass));
    for (const c of s.classes) {
      lines.push(
        `  ${safe(label(`${c.label} (${c.site})`)).padEnd(classWidth)}  ${bar(c.admitted, c.seats, paint, long)} ${c.admitted}/${c.seats}`,
      );
    }
  }
  lines.push("", outcomeCounts(decision.locale, s));
  for (const r of s.relaxations)
    lines.push(paint.yellow(`${words.summary.warning}: ${safe(r.message)}`));
  lines.push(paint.dim(`${words.summary.seed}: ${safe(decision.seed)}`));
  return fit.width === undefined ? lines : lines.map((l) => fitLines(l, fit.width, 2));
};

/** Admitted list, waitlist, then the summary with small bar charts. */
export const allocateTable: Formatter<Decision> = function* (decision, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const language = languageOf(decision.locale);
  const words = language.decision.tables;
  const fit: Fit = {
    width: options.width,
    rowLimit: options.rowLimit,
    terminal: language.terminal,
  };
  const line = (text: string) => fitLines(text, fit.width, 2);
  const group = decision.teamColumn !== undefined ? language.teams.column : undefined;
  const s = decision.summary;
  const classes = s.classes;
  yield `${line(paint.bold(`${safe(decision.program)}: ${words.admittedHeading(s.admitted)}`))}\n`;
  if (classes) {
    // A block per class: the list each class's coordinator needs (the
    // admitted are at most the seats, so they are held while the blocks are made).
    const admitted = [...decision.rows.of("admitted")];
    for (const c of classes) {
      const rows = admitted.filter((r) => r.class === c.id);
      yield `\n${line(paint.bold(safe(words.classHeading(cut(c.label), cut(c.site), c.admitted, c.seats))))}\n`;
      if (rows.length > 0) yield* rowsTable(rows, rows.length, false, words, fit, group);
      else yield words.empty;
      yield "\n";
    }
  } else {
    yield* rowsTable(decision.rows.of("admitted"), s.admitted, false, words, fit, group);
    yield "\n";
  }
  if (decision.declined.length > 0)
    yield `${line(
      safe(
        words.declinedLine(
          decision.declined.join(", "),
          decision.offered.join(", ") || words.nobody,
        ),
      ),
    )}\n`;
  yield `\n${line(paint.bold(words.waitlistHeading(s.waitlisted)))}\n`;
  if (s.waitlisted > 0)
    yield* rowsTable(decision.rows.of("waitlisted"), s.waitlisted, true, words, fit, group);
  else yield words.empty;
  yield "\n\n";
  // Invalid rows decide the exit code: name them, with what is wrong.
  if (s.invalid > 0) {
    const { rows, more } = shown(decision.rows.of("invalid"), s.invalid, fit);
    yield `${line(paint.bold(words.invalidHeading(s.invalid)))}\n${rows.map((r) => line(`  ${safe(r.id || words.noId)}: ${safe(r.reason)}`)).join("\n")}${more}\n\n`;
  }
  yield `${summaryLines(decision, paint, fit).join("\n")}\n`;
};
