/**
 * Plain words for every allocation outcome, in the run's language. The code
 * is for scripts; the words are what a coordinator can send to an applicant.
 */
import type { Reason } from "../allocation/types.js";
import type { ReasonWords } from "../language/decision-words.js";

export interface Labels {
  quota: (id: string | null) => string;
  /**
   * A spread value as a sentence names it: with more than one spread field,
   * with its field's label; the value alone otherwise (and by default).
   */
  value?: (field: string, value: string) => string;
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
    case "SPREAD_CAP": {
      const { field, value, admitted, max } = reason.params;
      return words.spreadCap(labels.value?.(field, value) ?? value, admitted, max);
    }
    case "HELD_FOR_MIN": {
      // The other values held for are of the same field, which the first names.
      const { field, value, admitted, min, values } = reason.params;
      return words.heldForMin(labels.value?.(field, value) ?? value, admitted, min, values);
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
