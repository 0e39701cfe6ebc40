/** Each requirement's result as a sentence, in the report's language. */
import { languageOf } from "../../core/language/index.js";
import type { ProgressReport } from "../../core/progress/report.js";
import type { RequirementResult } from "../../core/progress/status.js";

const percentText = (days: number, total: number): string => {
  if (total === 0) return "0";
  const share = Math.floor((days * 1000) / total) / 10;
  return Number.isInteger(share) ? String(share) : share.toFixed(1);
};

/** The sentence for an unmet requirement: what is counted, what is needed, and when it is out of reach. */
export const unmetText = (report: ProgressReport, r: RequirementResult): string => {
  const w = languageOf(report.locale).progress;
  const parts: string[] = [];
  if (r.kind === "attendance") {
    const c = r.count;
    if (c.actual < c.needed) {
      let text: string;
      if (c.measure === "modules") text = w.unmet.modules(c.actual, c.needed, c.total);
      else if (c.measure === "days") text = w.unmet.days(c.actual, c.needed, c.total);
      else if (c.measure === "percent")
        text = w.unmet.percent(percentText(c.actual, c.total), String(c.percent ?? 0));
      else if ((c.missed ?? []).length > 0) text = w.unmet.mandatory(c.missed!.map((m) => m.title));
      // Mandatory modules still to come: counted as modules.
      else text = w.unmet.modules(c.actual, c.needed, c.total);
      if (!r.reachable)
        text += `; ${w.unmet.outOfReach(c.measure === "percent" ? `${percentText(c.possible, c.total)} %` : String(c.possible))}`;
      parts.push(`${r.text}: ${text}`);
    }
    if (r.rule && !r.rule.met) parts.push(w.unmet.rule(r.text, r.rule.reasons));
  } else if (r.kind === "rule" && !r.met) parts.push(w.unmet.rule(r.text, r.rule.reasons));
  return parts.join("; ");
};

/** A participant's unmet requirements, each a sentence; for an unreadable row, its problems. */
export const unmetOf = (
  report: ProgressReport,
  p: ProgressReport["participants"][number],
): string[] =>
  p.status === "invalid"
    ? p.problems.map((q) => {
        const w = languageOf(report.locale).progress.unmet;
        return q.code === "duplicate"
          ? w.duplicate(q.params.rows)
          : q.code === "not-admitted"
            ? w.notAdmitted
            : q.code === "other-class"
              ? w.otherClass(q.params.recorded)
              : w.cell(q.header, q.value);
      })
    : p.results.filter((r) => !r.met).map((r) => unmetText(report, r));
