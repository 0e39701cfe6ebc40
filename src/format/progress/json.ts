/**
 * `cohort progress --format json`: the whole run as one object
 * (docs/output-formats.md). Keys are stable; `message` texts are for people.
 */
import type { ProgressReport } from "../../core/progress/report.js";
import type { RequirementResult } from "../../core/progress/status.js";
import type { Formatter } from "../formatter.js";
import { unmetText } from "./words.js";

const resultJson = (report: ProgressReport, r: RequirementResult) => ({
  requirement: r.id,
  kind: r.kind,
  met: r.met,
  reachable: r.reachable,
  ...(r.kind === "attendance"
    ? {
        measure: r.count.measure,
        actual: r.count.actual,
        possible: r.count.possible,
        needed: r.count.needed,
        total: r.count.total,
        ...(r.count.percent !== undefined ? { percent: r.count.percent } : {}),
        ...(r.count.missed ? { missed: r.count.missed.map((m) => m.id) } : {}),
      }
    : {}),
  ...(r.kind !== "by-hand" && r.rule ? { reasons: [...r.rule.reasons] } : {}),
  ...(r.met ? {} : { message: unmetText(report, r) }),
});

export const progressJson: Formatter<ProgressReport> = function* (report) {
  const doc = {
    version: 1,
    program: report.program,
    intake: report.intake,
    asOf: report.asOf,
    summary: report.summary,
    participants: report.participants.map((p) => ({
      id: p.id,
      row: p.line,
      class: p.class?.id ?? null,
      status: p.status,
      requirements: p.results.map((r) => resultJson(report, r)),
      problems: p.problems,
    })),
    modules: report.modules,
    byHand: report.byHand,
    problems: report.problems,
  };
  yield `${JSON.stringify(doc, null, 2)}\n`;
};
