import type { Verdict } from "../core/check/verdict.js";
import { carriedCells } from "../io/applicants/parallel/check-in-parallel.js";
import type { OpenedCheck } from "./open-check.js";

/**
 * The one verdict loop: every applicant of the list checked, in file order,
 * a batch of the reader at a time (one await per batch, not per row). The
 * list streams, so iterate once.
 */
export async function* verdicts(
  opened: Pick<OpenedCheck, "list" | "checker">,
  /** Columns carried (indexes in the list, -1: lacking): each verdict gets their cells. */
  carry: readonly number[] = [],
): AsyncGenerator<Verdict[], void, undefined> {
  const { checker } = opened;
  for await (const { records, lines, unsaved } of opened.list.batches) {
    const batch: Verdict[] = new Array(records.length);
    for (let i = 0; i < records.length; i++)
      batch[i] = checker.check(records[i]!, lines[i]!, unsaved?.get(i));
    if (carry.length > 0) {
      const carried = carriedCells(records, carry);
      for (let i = 0; i < records.length; i++) batch[i]!.carried = carried[i]!;
    }
    yield batch;
  }
}
