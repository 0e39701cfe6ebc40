/**
 * The allocation problem with any number of spread fields and leader groups
 * ("teams"), as the general oracle and its builders see it. This is the
 * shape the engine's `AllocationProblem` takes for issue 11; until the
 * engine's types have it, it is declared here.
 */
import type { Choice, ClassSeats } from "../../../src/core/allocation/types.js";

/** Limits per value of one spread field. */
export interface GeneralSpread {
  field: string;
  /** Every value that exists: the declared enum values or the values seen. */
  values: string[];
  min: (value: string) => number;
  /** Infinity for none. */
  max: (value: string) => number;
}

export interface GeneralCandidate {
  id: string;
  /** The quota, or null. */
  group: string | null;
  /** One per entry of `spreads`, null for no value. */
  values: readonly (string | null)[];
  choices?: readonly Choice[];
  /** Leader group id: its members are admitted together into one class, or none of them. */
  team?: string | null;
}

export interface GeneralProblem {
  total: number;
  groups: { id: string; seats: number }[];
  unfilled: "transfer" | "keep-empty";
  spreads: readonly GeneralSpread[];
  /** Eligible, in rank order (index 0 = best). */
  candidates: GeneralCandidate[];
  classes?: readonly ClassSeats[];
  /** Where a team stands in rank order: at its lowest-ranked member (default) or its best-ranked. */
  teamRank?: "lowest" | "highest";
}
