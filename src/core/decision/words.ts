/**
 * Plain words for every allocation outcome, in the run's language. The code
 * is for scripts; the words are what a coordinator can send to an applicant.
 */
import type { Reason } from "../allocation/types.js";
import type { ReasonWords } from "../language/decision-words.js";

export interface Labels {
  quota: (id: string | null) => string;
}

export const describeReason = (
  reason: Reason,
  rank: number,
  labels: Labels,
  words: ReasonWords,
): string => {
  switch (reason.code) {
    case "MERIT": {
      const { quota, transferred, from } = reason.params;
      if (transferred) return words.admittedTransferred(rank, from ? labels.quota(from) : null);
      return quota === null
        ? words.admittedOpen(rank)
        : words.admittedQuota(labels.quota(quota), rank);
    }
    case "GROUP_FULL": {
      const { quota, admitted, seats } = reason.params;
      return quota === null
        ? words.openSeatsFull(admitted, seats)
        : words.quotaFull(
            labels.quota(quota),
            Math.min(admitted, seats),
            seats,
            Math.max(0, admitted - seats),
          );
    }
    case "SPREAD_CAP":
      return words.spreadCap(reason.params.value, reason.params.admitted, reason.params.max);
    case "HELD_FOR_MIN": {
      const { value, admitted, min, values } = reason.params;
      return words.heldForMin(value, admitted, min, values);
    }
    case "HELD_FOR_QUOTA": {
      const { quota, admitted, target } = reason.params;
      return words.heldForQuota(labels.quota(quota), admitted, target);
    }
    case "SEATS_FULL":
      return reason.params.held
        ? words.seatsHeld(reason.params.admitted, reason.params.total)
        : words.seatsFull(reason.params.admitted, reason.params.total);
    case "CLASS_FULL":
      return words.classFull(reason.params.admitted, reason.params.seats);
    case "DECLINED":
      return words.declined;
  }
};
