/**
 * The columns check and allocate carry into their results (name, e-mail,
 * employer): the program's `applicants.carry`, then its `email` and `name`
 * columns, as letters carry them; or, for one run, the list `--carry` gives.
 * The list is told to cut out these columns' cells too, and only when there
 * are any: a run that carries nothing reads what it always read.
 */
import { columnsRead } from "../core/applicants/layout.js";
import { type CarriedColumn, carriedColumns } from "../core/letters/letter.js";
import type { OpenedCheck } from "./open-check.js";

export interface Carry {
  /** The columns, in the order the results hold them; index -1 for one the list lacks. */
  columns: CarriedColumn[];
  /** The columns' headers as the program (or `--carry`) writes them. */
  headers: string[];
  /** Their indexes in the list, -1 for a column it lacks. */
  indexes: number[];
}

export const NO_CARRY: Carry = { columns: [], headers: [], indexes: [] };

/**
 * The columns carried in this run. `override`, the headers of `--carry`,
 * replaces the program's whole list (carry, email and name) for the run; an
 * empty one carries nothing.
 */
export const carryFor = (
  opened: Pick<OpenedCheck, "program" | "list" | "layout">,
  override: readonly string[] | undefined,
): Carry => {
  const spec =
    override !== undefined ? { carry: [...override] } : (opened.program.applicants ?? {});
  const { carry: columns } = carriedColumns(spec, opened.list.header);
  if (columns.length === 0) return NO_CARRY;
  const indexes = columns.map((c) => c.index);
  const found = indexes.filter((i) => i >= 0);
  if (found.length > 0) opened.list.only?.([...columnsRead(opened.layout), ...found]);
  return { columns, headers: columns.map((c) => c.column), indexes };
};
