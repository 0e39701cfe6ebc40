/**
 * One applicant's verdict: eligible, ineligible (every failing reason) or
 * invalid (every data problem, with column and value). The checker keeps the
 * state a streamed list needs: the ids seen so far.
 */
import type { Choice } from "../allocation/types.js";
import { type CellProblem, type Layout, readRow } from "../applicants/layout.js";
import type { Value } from "../applicants/values.js";
import type { Program } from "../program/schema.js";
import { type CompiledRule, compileRule } from "../rules/compile.js";
import { IdSet } from "./id-set.js";

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
}

export interface CheckSummary {
  eligible: number;
  ineligible: number;
  invalid: number;
}

export interface Checker {
  rule: CompiledRule;
  check(cells: readonly string[], line: number): Verdict;
  summary(): CheckSummary;
}

const NONE: never[] = [];

export const createChecker = (program: Program, layout: Layout): Checker => {
  const rule = compileRule(program.eligibility, { program, position: layout.position });
  const ids = new IdSet();
  const summary: CheckSummary = { eligible: 0, ineligible: 0, invalid: 0 };
  return {
    rule,
    check(cells, line) {
      const row = readRow(layout, cells);
      let problems = row.problems;
      if (row.id !== "") {
        const earlier = ids.add(row.id, line);
        if (earlier > 0) {
          const duplicate = {
            column: layout.idColumn,
            value: row.id,
            message: `duplicate applicant id: also on line ${earlier}`,
          };
          problems = problems ? [...problems, duplicate] : [duplicate];
        }
      }
      if (problems) {
        summary.invalid++;
        return {
          id: row.id,
          line,
          verdict: "invalid",
          reasons: NONE,
          problems,
          values: row.values,
        };
      }
      if (rule.test(row.values)) {
        summary.eligible++;
        return {
          id: row.id,
          line,
          verdict: "eligible",
          reasons: NONE,
          problems: NONE,
          values: row.values,
          choices: row.choices,
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
      };
    },
    summary: () => ({ ...summary }),
  };
};
