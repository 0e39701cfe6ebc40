import { Chalk } from "chalk";
import type { Decision, DecisionRow } from "../../core/decision/report.js";
import type { Formatter } from "../formatter.js";
import { terminalText as safe } from "../terminal-text.js";
import { textTable } from "../text-table.js";

const BAR = 20;

const bar = (filled: number, of: number, paint: InstanceType<typeof Chalk>): string => {
  const full = of <= 0 ? 0 : Math.min(BAR, Math.round((filled / of) * BAR));
  return paint.green("█".repeat(full)) + paint.dim("░".repeat(BAR - full));
};

const rowsTable = (rows: DecisionRow[], waitlist: boolean): string =>
  waitlist
    ? textTable(
        ["#", "quota #", "applicant", "quota", "rank", "why not (yet)"],
        rows.map((r) => [
          String(r.position?.overall ?? ""),
          String(r.position?.inGroup ?? ""),
          r.id,
          r.quota ?? "",
          String(r.rank),
          `${r.code}: ${r.reason}`,
        ]),
      )
    : textTable(
        ["rank", "applicant", "quota", "reason"],
        rows.map((r) => [
          String(r.rank),
          `${r.id}${r.newlyOffered ? " (new)" : ""}`,
          r.quota ?? "",
          `${r.code}: ${r.reason}`,
        ]),
      );

const summaryLines = (decision: Decision, paint: InstanceType<typeof Chalk>): string[] => {
  const s = decision.summary;
  let width = 8;
  for (const q of s.quotas) width = Math.max(width, q.label.length);
  for (const v of s.spread?.values ?? [])
    width = Math.max(width, String(v.value ?? "(none)").length);
  const lines = [
    paint.bold(`Seats: ${s.admitted}/${s.seats} filled`) +
      (s.target < s.seats
        ? paint.yellow(` (at most ${s.target} can be filled within the rules)`)
        : ""),
  ];
  if (s.quotas.length > 0) {
    lines.push("", paint.bold("Per quota"));
    for (const q of s.quotas) {
      const of = q.seats ?? s.seats;
      const transferred = q.transferred > 0 ? `, ${q.transferred} transferred` : "";
      lines.push(
        `  ${safe(q.label).padEnd(width)}  ${bar(q.admitted, of, paint)} ${q.admitted}/${q.seats ?? "-"}${transferred}`,
      );
    }
  }
  if (s.spread) {
    lines.push("", paint.bold(`Per ${safe(s.spread.field)}`));
    for (const v of s.spread.values) {
      const limits = [v.min > 0 ? `min ${v.min}` : "", v.max !== null ? `max ${v.max}` : ""]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `  ${safe(String(v.value ?? "(none)")).padEnd(width)}  ${bar(v.admitted, v.max ?? s.seats, paint)} ${v.admitted}${limits ? ` (${limits})` : ""}`,
      );
    }
  }
  lines.push(
    "",
    `${s.admitted} admitted, ${s.waitlisted} waitlisted, ${s.declined > 0 ? `${s.declined} declined, ` : ""}${s.ineligible} ineligible, ${s.invalid} invalid`,
  );
  for (const r of s.relaxations) lines.push(paint.yellow(`warning: ${safe(r.message)}`));
  lines.push(paint.dim(`seed: ${safe(decision.seed)}`));
  return lines;
};

/** Admitted list, waitlist, then the summary with small bar charts. */
export const allocateTable: Formatter<Decision> = function* (decision, options) {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const admitted = decision.rows.filter((r) => r.outcome === "admitted");
  const waitlisted = decision.rows.filter((r) => r.outcome === "waitlisted");
  yield `${paint.bold(`${safe(decision.program)}: admitted (${admitted.length})`)}\n${rowsTable(admitted, false)}\n`;
  if (decision.declined.length > 0)
    yield safe(
      `declined: ${decision.declined.join(", ")}; newly offered: ${decision.offered.join(", ") || "nobody"}\n`,
    );
  yield `\n${paint.bold(`Waitlist (${waitlisted.length})`)}\n${waitlisted.length > 0 ? rowsTable(waitlisted, true) : "(empty)"}\n\n`;
  // Invalid rows decide the exit code: name them, with what is wrong.
  const invalid = decision.rows.filter((r) => r.outcome === "invalid");
  if (invalid.length > 0) {
    yield `${paint.bold(`Invalid rows (${invalid.length})`)}\n${invalid.map((r) => `  ${safe(r.id || "(no id)")}: ${safe(r.reason)}`).join("\n")}\n\n`;
  }
  yield `${summaryLines(decision, paint).join("\n")}\n`;
};
