import { Chalk } from "chalk";
import type { Decision, DecisionRow } from "../../core/decision/report.js";
import type { TableWords } from "../../core/language/decision-words.js";
import { languageOf } from "../../core/language/index.js";
import type { Formatter } from "../formatter.js";
import { terminalText as safe } from "../terminal-text.js";
import { textTable } from "../text-table.js";
import { outcomeCounts, spreadFields } from "./summary.js";

const BAR = 20;

const bar = (filled: number, of: number, paint: InstanceType<typeof Chalk>): string => {
  const full = of <= 0 ? 0 : Math.min(BAR, Math.round((filled / of) * BAR));
  return paint.green("█".repeat(full)) + paint.dim("░".repeat(BAR - full));
};

/**
 * With leader groups: a column naming each row's group, and the rows of one
 * group listed together, where its first row stands (the order of the
 * others is kept).
 */
const together = (rows: DecisionRow[]): DecisionRow[] => {
  const byGroup = new Map<string, DecisionRow[]>();
  for (const r of rows) {
    if (r.group === undefined || r.group === null) continue;
    const members = byGroup.get(r.group);
    if (members) members.push(r);
    else byGroup.set(r.group, [r]);
  }
  if (byGroup.size === 0) return rows;
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

const rowsTable = (
  rows: DecisionRow[],
  waitlist: boolean,
  words: TableWords,
  group?: string,
): string =>
  group === undefined
    ? plainTable(rows, waitlist, words)
    : plainTable(together(rows), waitlist, words, (r) => r.group ?? "", group);

const plainTable = (
  rows: DecisionRow[],
  waitlist: boolean,
  words: TableWords,
  groupOf?: (r: DecisionRow) => string,
  groupHeader?: string,
): string => {
  const g = <T>(before: T[], cell: T, after: T[]): T[] =>
    groupOf ? [...before, cell, ...after] : [...before, ...after];
  return waitlist
    ? textTable(
        g(["#", words.inQuota, words.applicant], groupHeader ?? "", [
          words.quota,
          words.rank,
          words.whyNotYet,
        ]),
        rows.map((r) =>
          g(
            [String(r.position?.overall ?? ""), String(r.position?.inGroup ?? ""), r.id],
            groupOf?.(r) ?? "",
            [r.quota ?? "", String(r.rank), `${r.code}: ${r.reason}`],
          ),
        ),
      )
    : textTable(
        g([words.rank, words.applicant], groupHeader ?? "", [words.quota, words.reason]),
        rows.map((r) =>
          g(
            [String(r.rank), `${r.id}${r.newlyOffered ? ` ${words.newlyOfferedMark}` : ""}`],
            groupOf?.(r) ?? "",
            [r.quota ?? "", `${r.code}: ${r.reason}`],
          ),
        ),
      );
};

/**
 * Labels of the summary's bars: quota labels, spread values (free text from
 * the list, when the field is not an enum) and classes; at most LABEL wide,
 * longer ones cut with "…", so one long value cannot widen every line.
 */
const LABEL = 40;
const label = (text: string): string =>
  [...text].length > LABEL ? `${[...text].slice(0, LABEL - 1).join("")}…` : text;

const summaryLines = (decision: Decision, paint: InstanceType<typeof Chalk>): string[] => {
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
        `  ${safe(label(q.label)).padEnd(width)}  ${bar(q.admitted, of, paint)} ${q.admitted}/${q.seats ?? "-"}${transferred}`,
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
        `  ${safe(label(String(v.value ?? noValue))).padEnd(width)}  ${bar(v.admitted, v.max ?? s.seats, paint)} ${v.admitted}${limits ? ` (${limits})` : ""}`,
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
        `  ${safe(label(`${c.label} (${c.site})`)).padEnd(classWidth)}  ${bar(c.admitted, c.seats, paint)} ${c.admitted}/${c.seats}`,
      );
    }
  }
  lines.push("", outcomeCounts(decision.locale, s));
  for (const r of s.relaxations)
    lines.push(paint.yellow(`${words.summary.warning}: ${safe(r.message)}`));
  lines.push(paint.dim(`${words.summary.seed}: ${safe(decision.seed)}`));
  return lines;
};

/** Admitted list, waitlist, then the summary with small bar charts. */
export const allocateTable: Formatter<Decision> = function* (decision, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const words = languageOf(decision.locale).decision.tables;
  const group =
    decision.teamColumn !== undefined ? languageOf(decision.locale).teams.column : undefined;
  const admitted = decision.rows.filter((r) => r.outcome === "admitted");
  const waitlisted = decision.rows.filter((r) => r.outcome === "waitlisted");
  const classes = decision.summary.classes;
  if (classes) {
    // A block per class: the list each class's coordinator needs.
    yield `${paint.bold(`${safe(decision.program)}: ${words.admittedHeading(admitted.length)}`)}\n`;
    for (const c of classes) {
      const rows = admitted.filter((r) => r.class === c.id);
      yield `\n${paint.bold(safe(words.classHeading(label(c.label), label(c.site), c.admitted, c.seats)))}\n${rows.length > 0 ? rowsTable(rows, false, words, group) : words.empty}\n`;
    }
  } else {
    yield `${paint.bold(`${safe(decision.program)}: ${words.admittedHeading(admitted.length)}`)}\n${rowsTable(admitted, false, words, group)}\n`;
  }
  if (decision.declined.length > 0)
    yield safe(
      `${words.declinedLine(decision.declined.join(", "), decision.offered.join(", ") || words.nobody)}\n`,
    );
  yield `\n${paint.bold(words.waitlistHeading(waitlisted.length))}\n${waitlisted.length > 0 ? rowsTable(waitlisted, true, words, group) : words.empty}\n\n`;
  // Invalid rows decide the exit code: name them, with what is wrong.
  const invalid = decision.rows.filter((r) => r.outcome === "invalid");
  if (invalid.length > 0) {
    yield `${paint.bold(words.invalidHeading(invalid.length))}\n${invalid.map((r) => `  ${safe(r.id || words.noId)}: ${safe(r.reason)}`).join("\n")}\n\n`;
  }
  yield `${summaryLines(decision, paint).join("\n")}\n`;
};
