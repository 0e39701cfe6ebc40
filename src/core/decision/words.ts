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
      const { quota, admitted, seats, also } = reason.params;
      const first =
        quota === null
          ? words.openSeatsFull(admitted, seats)
          : words.quotaFull(
              labels.quota(quota),
              Math.min(admitted, seats),
              seats,
              Math.max(0, admitted - seats),
            );
      if (!also || also.length === 0) return first;
      // A leader group whose members pass several quotas (or need open
      // seats too): none of them has room for all its members.
      const together = words.together;
      return together.clauses([
        first,
        ...also.map((x) =>
          x.quota === null
            ? together.openSeatsShortToo(x.admitted, x.seats)
            : together.quotaShortToo(labels.quota(x.quota), Math.min(x.admitted, x.seats), x.seats),
        ),
      ]);
    }
    case "SPREAD_CAP": {
      const { field, value, admitted, max } = reason.params;
      return words.spreadCap(labels.value?.(field, value) ?? value, admitted, max);
    }
    case "HELD_FOR_MIN": {
      // The other values of `values` are of the same field, which the first
      // names; minimums of other fields, quotas and T held for at the same
      // time follow.
      const { field, value, admitted, min, values, also, quotas, total } = reason.params;
      const first = words.heldForMin(labels.value?.(field, value) ?? value, admitted, min, values);
      return withHeldAlso(
        first,
        (also ?? []).map((x) => labels.value?.(x.field, x.value) ?? x.value),
        (quotas ?? []).map((q) => labels.quota(q)),
        total,
        words,
      );
    }
    case "HELD_FOR_QUOTA": {
      const { quota, admitted, target, quotas, total } = reason.params;
      const first = words.heldForQuota(labels.quota(quota), admitted, target);
      return withHeldAlso(
        first,
        [],
        quotas.filter((q) => q !== quota).map((q) => labels.quota(q)),
        total,
        words,
      );
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

/** The first target's sentence, and the targets held for at the same time when there are any. */
const withHeldAlso = (
  first: string,
  mins: readonly string[],
  quotas: readonly string[],
  total: number | undefined,
  words: ReasonWords,
): string =>
  mins.length === 0 && quotas.length === 0 && total === undefined
    ? first
    : `${first}, ${words.together.heldAlso(mins, quotas, total ?? null)}`;
