/**
 * One applicant's verdict: eligible, ineligible (every failing reason) or
 * invalid (every data problem, with column and value). The checker keeps the
 * state a streamed list needs: the ids seen so far.
 */
import type { Choice } from "../allocation/types.js";
import { type CellProblem, type Layout, readRow, type UnsavedCell } from "../applicants/layout.js";
import type { Value } from "../applicants/values.js";
import type { Program, ProgramClass } from "../program/schema.js";
import { type CompiledRule, compileRule } from "../rules/compile.js";
import { IdSet } from "./id-set.js";
import { type TeamNote, TeamTracker } from "./teams.js";

export type VerdictKind = "eligible" | "ineligible" | "invalid";

export interface Verdict {
  id: string;
  /** Line of the list where the applicant's row starts (spreadsheet row for .xlsx). */
  line: number;
  verdict: VerdictKind;
  reasons: string[];
  problems: CellProblem[];
  /** Typed values in layout order; kept for allocation and CSV output. */
  values: Value[];
  /**
   * The resolved ranked choices of an eligible or ineligible applicant, when
   * the list's choices are read (the program declares them and the intake has
   * classes); undefined otherwise.
   */
  choices?: readonly Choice[] | undefined;
  /** The leader group the row names (program with `applicants.team`, cell not empty). */
  team?: string;
  /**
   * The cells of the columns carried into the results (trimmed), in the
   * order of `CheckRun.carry`; only when columns are carried.
   */
  carried?: readonly string[];
}

export interface CheckSummary {
  eligible: number;
  ineligible: number;
  invalid: number;
  /**
   * Rows empty in every cell, skipped (not applicants). Present only when
   * there were any, so that the summary of a list without them reads as before.
   */
  emptyRows?: number;
}

/** The summary with the list's count of skipped empty rows. */
export const withEmptyRows = (summary: CheckSummary, emptyRows: number): CheckSummary =>
  emptyRows > 0 ? { ...summary, emptyRows } : summary;

export interface Checker {
  rule: CompiledRule;
  /** `unsaved`: the row's cells holding a formula without a saved value (workbooks). */
  check(
    cells: readonly string[],
    line: number,
    unsaved?: ReadonlyMap<number, UnsavedCell>,
  ): Verdict;
  summary(): CheckSummary;
  /** The warnings about leader groups, once the whole list is checked; none without groups. */
  teams(): TeamNote[];
}

const NONE: never[] = [];

/** `classes`: the classes of the intake checked, which a leader group must fit in. */
export const createChecker = (
  program: Program,
  layout: Layout,
  classes?: readonly ProgramClass[],
): Checker => {
  const rule = compileRule(program.eligibility, { program, position: layout.position });
  const ids = new IdSet();
  const tracker = layout.team ? TeamTracker.of(program, layout.team.column, classes) : undefined;
  const summary: CheckSummary = { eligible: 0, ineligible: 0, invalid: 0 };
  return {
    rule,
    check(cells, line, unsaved) {
      const row = readRow(layout, cells, unsaved);
      let problems = row.problems;
      if (row.id !== "") {
        const earlier = ids.add(row.id, line);
        if (earlier > 0) {
          const duplicate = {
            column: layout.idColumn,
            value: row.id,
            message: `duplicate applicant id: also on line ${earlier}`,
            code: "duplicate-id" as const,
            numbers: [earlier],
          };
          problems = problems ? [...problems, duplicate] : [duplicate];
        }
      }
      const team = row.team;
      if (team !== undefined && tracker) {
        const differ = tracker.row(team, line, row.choices);
        if (differ) problems = problems ? [...problems, differ] : [differ];
      }
      const teamKey = team === undefined ? {} : { team };
      if (problems) {
        summary.invalid++;
        return {
          id: row.id,
          line,
          verdict: "invalid",
          reasons: NONE,
          problems,
          values: row.values,
          ...teamKey,
        };
      }
      if (rule.test(row.values)) {
        summary.eligible++;
        if (team !== undefined) tracker?.eligible(team);
        return {
          id: row.id,
          line,
          verdict: "eligible",
          reasons: NONE,
          problems: NONE,
          values: row.values,
          choices: row.choices,
          ...teamKey,
        };
      }
      summary.ineligible++;
      return {
        id: row.id,
        line,
        verdict: "ineligible",
        reasons: rule.reasons(row.values),
        problems: NONE,
        values: row.values,
        choices: row.choices,
        ...teamKey,
      };
    },
    summary: () => ({ ...summary }),
    teams: () => tracker?.notes() ?? [],
  };
};
