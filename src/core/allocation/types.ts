/**
 * The allocation's input and output as plain data. Ranking, the seeded
 * lottery and eligibility happen before; wording the reasons happens after.
 */

/** One eligible applicant. */
export interface Candidate {
  id: string;
  /** The quota the applicant belongs to, or null when they match no quota (or there are none). */
  group: string | null;
  /**
   * The applicant's value of each spread field, in the order of
   * `AllocationProblem.spreads`; null (or missing) where they have none. Applicants with
   * the same values may share one array (a million applicants, a few arrays).
   */
  values: readonly (string | null)[];
  /**
   * The applicant's ranked choices, best first; required (non-empty) when the
   * problem has classes, ignored otherwise.
   */
  choices?: readonly Choice[];
  /**
   * The leader group the applicant applies with: candidates with the same
   * team are admitted together, into one class, or none of them is.
   */
  team?: string | null;
}

/** A parallel class of the intake: a capacity on top of the quotas and spread. */
export interface ClassSeats {
  id: string;
  site: string;
  seats: number;
}

/** One of an applicant's ranked choices: a class, a site (any class there) or any class. */
export interface Choice {
  /** What the choice names: the class id, the site, or "*" for any class. */
  id: string;
  kind: "class" | "site" | "any";
  /** The classes it admits to, as indexes into `AllocationProblem.classes`, ascending. */
  classes: readonly number[];
}

/** Limits per value of one spread field. */
export interface SpreadLimits {
  /** The field's name, as reasons and summaries name it. */
  field: string;
  /** Every value that exists: the declared enum values or the values seen. */
  values: string[];
  /** Seats the value must get when the pool allows. */
  min: (value: string) => number;
  /** Seats the value may not exceed (Infinity for none). */
  max: (value: string) => number;
}

export interface AllocationProblem {
  total: number;
  /** The quota partition; may be empty. */
  groups: { id: string; seats: number }[];
  /** What happens to quota seats the quota's group cannot fill. */
  unfilled: "transfer" | "keep-empty";
  /**
   * The spread fields, any number: each value's minimum and cap hold across
   * the quotas, the other fields and the classes.
   */
  spreads: readonly SpreadLimits[];
  /** Eligible applicants only, already in rank order (index 0 = best). */
  candidates: Candidate[];
  /**
   * Parallel classes, when the intake has them: every admitted applicant is
   * placed in one class of one of their choices, no class over its seats.
   */
  classes?: readonly ClassSeats[];
  /** Where a team stands in the rank order: at its lowest-ranked member (the default) or its best. */
  teamRank?: "lowest" | "highest";
}

/** Why an applicant got a seat or did not; the caller words it from the code and params. */
export type Reason =
  | {
      code: "MERIT";
      /** The quota whose seat they hold, null for a seat open to everyone. */
      params: { quota: string | null; transferred: boolean; from: string | null };
    }
  | {
      code: "GROUP_FULL";
      /**
       * quota null: the seats outside every quota are full. `also` (a team
       * only, when there are any): the other quotas whose seats its members
       * would pass, and null for the open seats when members are outside
       * every quota (`admitted` the open seats taken of `seats`), that
       * together leave too few seats for it.
       */
      params: {
        quota: string | null;
        admitted: number;
        seats: number;
        also?: { quota: string | null; admitted: number; seats: number }[];
      };
    }
  | {
      code: "SPREAD_CAP";
      /** The spread field and the value whose cap is reached. */
      params: { field: string; value: string; admitted: number; max: number };
    }
  | {
      code: "HELD_FOR_MIN";
      /**
       * `value` of `field` is the value the seat is held for; `values` all
       * values of that field held for when several.
       */
      params: {
        field: string;
        value: string;
        admitted: number;
        min: number;
        values: string[];
        /**
         * With several spread fields: minimums of other fields the seat is
         * held for together with this one (only when there are any).
         */
        also?: { field: string; value: string }[];
        /**
         * Quotas still short that the seat is held for together with the
         * minimums (only when there are any): dropping the minimums alone
         * or the quotas alone would not have admitted the applicant.
         */
        quotas?: string[];
        /**
         * T, when the seat is held as well so that T seats can be filled
         * (dropping the minimums, or the minimums and quotas, was not enough
         * without also dropping T).
         */
        total?: number;
      };
    }
  | {
      code: "HELD_FOR_QUOTA";
      /**
       * `quotas` every quota held for (the first is `quota`); `total` T, when
       * the seat is held as well so that T seats can be filled.
       */
      params: {
        quota: string;
        admitted: number;
        target: number;
        quotas: string[];
        total?: number;
      };
    }
  | {
      code: "SEATS_FULL";
      /** held: seats remain, but every one is needed to fill the most seats that can be filled. */
      params: { admitted: number; total: number; held: boolean };
    }
  | {
      code: "CLASS_FULL";
      /**
       * The choice's classes cannot take one more beside the applicants
       * admitted before: `seats` in those classes, `admitted` placed there.
       */
      params: { choice: string; classes: string[]; admitted: number; seats: number };
    }
  | { code: "DECLINED"; params: Record<string, never> };

export type ReasonCode = Reason["code"];

/** Place on the waitlist, 1-based, overall and within the applicant's quota group. */
export interface WaitlistPosition {
  overall: number;
  inGroup: number;
}

/** Why one choice (better than the one got, or any choice of a waitlisted applicant) was not possible. */
export interface ChoiceRefusal {
  /** 1-based rank of the choice in the applicant's list. */
  choice: number;
  /** The choice's id (class id, site, or "*"). */
  id: string;
  reason: Exclude<Reason, { code: "MERIT" } | { code: "DECLINED" }>;
}

/** Place on the waitlist of one chosen class or site, 1-based. */
export interface ChoicePosition {
  choice: number;
  id: string;
  position: number;
}

export type Outcome = Reason & {
  id: string;
  admitted: boolean;
  group: string | null;
  transferred: boolean;
  position?: WaitlistPosition;
  /** The team the applicant applied with (admitted or waiting together with it). */
  team?: string;
  /** With classes: the ids of the applicant's choices, best first (shared between applicants with the same list). */
  choices?: readonly string[];
  /** With classes, admitted: the class placed in (its id) and the 1-based choice it met. */
  class?: string;
  choice?: number;
  /**
   * With classes: for an admitted applicant, why each better choice was not
   * possible; for a waitlisted one, why each choice was not.
   */
  choiceReasons?: ChoiceRefusal[];
  /**
   * With classes: place on the waitlist of each choice better than the one
   * got (every choice for a waitlisted applicant).
   */
  positions?: ChoicePosition[];
};

export interface Targets {
  /** Seats in total, as configured. */
  seats: number;
  /** T: the most seats that can be filled within every cap, minimum and quota target. */
  total: number;
  /** target: the quota seats the allocation fills (its group's admitted, at most the seats). */
  groups: { id: string; seats: number; target: number }[];
  /** target: the seats the allocation gives towards the minimum (admitted, at most the minimum). */
  values: { field: string; value: string; min: number; max: number; target: number }[];
}

/** A target the pool could not meet; the caller turns these into warnings. */
export interface Relaxation {
  kind: "min-unreachable" | "quota-unfillable" | "seats-unfilled" | "kept-over-limit";
  /** The spread value, the quota id, the class id (kept-over-limit), or "total". */
  subject: string;
  /** With a spread value as subject: its field. */
  field?: string;
  wanted: number;
  reachable: number;
  /**
   * Set when the pool alone could reach more: the other minimums (for a
   * minimum) or the minimums and other quotas (for a quota) took the room,
   * and merit chose which target fell short.
   */
  limitedBy?: "other-targets";
}

export interface Counts {
  total: number;
  /** With classes: admitted per class, in class order. */
  classes?: { id: string; site: string; seats: number; admitted: number }[];
  /** Admitted per quota, in quota order; id null for applicants outside every quota. */
  groups: { id: string | null; admitted: number }[];
  /** Admitted per spread field and value; value null for applicants without a value of the field. */
  values: { field: string; value: string | null; admitted: number }[];
}

/**
 * The outcomes one at a time: each made when asked for, from the columns the
 * allocation keeps, so that a million candidates need no million objects
 * held at once (the decision's rows are written from these).
 */
export interface OutcomeColumns {
  readonly length: number;
  /** The outcome of candidate i (rank order), a fresh object unless `outcomes` was read. */
  at(i: number): Outcome;
}

export interface AllocationResult {
  /** One per candidate, in the input (rank) order. */
  outcomes: Outcome[];
  /**
   * The same outcomes one at a time, without the array (results of the
   * allocation itself have it; results copied or made by hand need not).
   */
  readonly outcomeColumns?: OutcomeColumns;
  targets: Targets;
  relaxations: Relaxation[];
  counts: Counts;
}

export interface TopUpResult extends AllocationResult {
  /** Ids newly offered a seat, in rank order. */
  offered: string[];
  /** Previously admitted or declined ids that are not among the candidates; ignored. */
  unknown: string[];
}
