import type { Decision, DecisionSummary, SpreadValueSummary } from "../../core/decision/report.js";
import type { Locale } from "../../core/language/index.js";
import { languageOf } from "../../core/language/index.js";

export interface AllocationSummary {
  decision: Decision;
  seed: string;
  seedGiven: boolean;
}

/** "3 admitted, 2 waitlisted, 1 ineligible, 0 invalid", in the run's language. */
export const outcomeCounts = (locale: Locale, s: DecisionSummary): string => {
  const words = languageOf(locale).decision.summary;
  return [
    words.admitted(s.admitted),
    words.waitlisted(s.waitlisted),
    ...(s.declined > 0 ? [words.declined(s.declined)] : []),
    words.ineligible(s.ineligible),
    words.invalid(s.invalid),
    ...(s.emptyRows ? [words.emptyRows(s.emptyRows)] : []),
  ].join(", ");
};

/**
 * The stderr summary of an allocation written as data (the table ends with
 * its own): one line of counts, then every warning.
 */
export const allocationSummaryText = (run: AllocationSummary): string => {
  const { decision } = run;
  const s = decision.summary;
  const words = languageOf(decision.locale).decision;
  const offered =
    decision.declined.length > 0
      ? `, ${words.summary.newlyOffered(decision.offered.join(", ") || words.tables.nobody)}`
      : "";
  const seed = `${words.summary.seed} ${run.seed}${run.seedGiven ? "" : `, ${words.summary.seedFromHashes}`}`;
  return `${decision.program}: ${words.summary.seatsFilled(s.admitted, s.seats)}: ${outcomeCounts(decision.locale, s)}${offered} (${seed})\n${warningLines(decision.locale, s.relaxations)}`;
};

/** Warnings, one a line. */
export const warningLines = (
  locale: Locale,
  relaxations: readonly { message: string }[],
): string => {
  const warning = languageOf(locale).decision.summary.warning;
  return relaxations.map((r) => `${warning}: ${r.message}\n`).join("");
};

/**
 * Every spread field of the summary with its label, in the program's order:
 * `spreads` when the program has several, else the one `spread`.
 */
export const spreadFields = (
  decision: Decision,
): { field: string; label: string; values: SpreadValueSummary[] }[] => {
  const s = decision.summary;
  if (s.spreads) return s.spreads;
  return s.spread
    ? [
        {
          field: s.spread.field,
          label: decision.spreadLabel ?? s.spread.field,
          values: s.spread.values,
        },
      ]
    : [];
};
