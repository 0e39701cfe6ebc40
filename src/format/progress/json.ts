/**
 * `cohort progress --format json`: the whole run as one object
 * (docs/output-formats.md). Keys are stable; `message` texts are for people.
 */
import { LANGUAGES } from "../../core/language/index.js";
import { rosterProblemText } from "../../core/progress/problem-text.js";
import type { ProgressReport, RosterProblem } from "../../core/progress/report.js";
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

/** A roster problem as documented: its kind and code, where, and the English words (for scripts). */
const problemJson = (p: RosterProblem) => ({
  kind: p.kind,
  code: p.code,
  line: p.line,
  column: p.column,
  header: p.header,
  value: p.value,
  message: rosterProblemText(p, LANGUAGES.en),
  ...(p.code === "duplicate" ? { rows: p.params.rows } : {}),
  ...(p.code === "other-class" ? { recorded: p.params.recorded } : {}),
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
      problems: p.problems.map(problemJson),
    })),
    modules: report.modules,
    byHand: report.byHand,
    problems: report.problems.map(problemJson),
  };
  yield `${JSON.stringify(doc, null, 2)}\n`;
};
