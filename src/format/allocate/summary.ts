import type { Decision } from "../../core/decision/report.js";

export interface AllocationSummary {
  decision: Decision;
  seed: string;
  seedGiven: boolean;
}

/**
 * The stderr summary of an allocation written as data (the table ends with
 * its own): one line of counts, then every warning.
 */
export const allocationSummaryText = (run: AllocationSummary): string => {
  const s = run.decision.summary;
  const offered =
    run.decision.declined.length > 0
      ? `, newly offered: ${run.decision.offered.join(", ") || "nobody"}`
      : "";
  return `${run.decision.program}: ${s.admitted}/${s.seats} seats filled: ${s.admitted} admitted, ${s.waitlisted} waitlisted, ${s.declined > 0 ? `${s.declined} declined, ` : ""}${s.ineligible} ineligible, ${s.invalid} invalid${offered} (seed ${run.seed}${run.seedGiven ? "" : ", from the input hashes"})\n${warningLines(s.relaxations)}`;
};

/** Warnings, one a line. */
export const warningLines = (relaxations: readonly { message: string }[]): string =>
  relaxations.map((r) => `warning: ${r.message}\n`).join("");
