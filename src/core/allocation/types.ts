/**
 * The allocation's input and output as plain data. Ranking, the seeded
 * lottery and eligibility happen before; wording the reasons happens after.
 */

/** One eligible applicant. */
export interface Candidate {
  id: string;
  /** The quota the applicant belongs to, or null when they match no quota (or there are none). */
  group: string | null;
  /** The applicant's value of the spread field, or null when there is no spread (or no value). */
  value: string | null;
}

/** Limits per value of the one spread field. */
export interface SpreadLimits {
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
  spread: SpreadLimits | null;
  /** Eligible applicants only, already in rank order (index 0 = best). */
  candidates: Candidate[];
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
      /** quota null: the seats outside every quota are full. */
      params: { quota: string | null; admitted: number; seats: number };
    }
  | { code: "SPREAD_CAP"; params: { value: string; admitted: number; max: number } }
  | {
      code: "HELD_FOR_MIN";
      /** `value` is the value the seat is held for; `values` all of them when several. */
      params: { value: string; admitted: number; min: number; values: string[] };
    }
  | {
      code: "HELD_FOR_QUOTA";
      params: { quota: string; admitted: number; target: number; quotas: string[] };
    }
  | {
      code: "SEATS_FULL";
      /** held: seats remain, but every one is needed to fill the most seats that can be filled. */
      params: { admitted: number; total: number; held: boolean };
    }
  | { code: "DECLINED"; params: Record<string, never> };

export type ReasonCode = Reason["code"];

/** Place on the waitlist, 1-based, overall and within the applicant's quota group. */
export interface WaitlistPosition {
  overall: number;
  inGroup: number;
}

export type Outcome = Reason & {
  id: string;
  admitted: boolean;
  group: string | null;
  transferred: boolean;
  position?: WaitlistPosition;
};

export interface Targets {
  /** Seats in total, as configured. */
  seats: number;
  /** T: the most seats that can be filled within every cap, minimum and quota target. */
  total: number;
  /** target: the quota seats the allocation fills (its group's admitted, at most the seats). */
  groups: { id: string; seats: number; target: number }[];
  /** target: the seats the allocation gives towards the minimum (admitted, at most the minimum). */
  values: { value: string; min: number; max: number; target: number }[];
}

/** A target the pool could not meet; the caller turns these into warnings. */
export interface Relaxation {
  kind: "min-unreachable" | "quota-unfillable" | "seats-unfilled" | "kept-over-limit";
  /** The spread value, the quota id, or "total". */
  subject: string;
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
  /** Admitted per quota, in quota order; id null for applicants outside every quota. */
  groups: { id: string | null; admitted: number }[];
  /** Admitted per spread value; value null for applicants without a value. */
  values: { value: string | null; admitted: number }[];
}

export interface AllocationResult {
  /** One per candidate, in the input (rank) order. */
  outcomes: Outcome[];
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
