/**
 * Plain words for every allocation outcome. The code is for scripts; the
 * words are what a coordinator can send to an applicant.
 */
import type { Reason } from "../allocation/types.js";

export interface Labels {
  quota: (id: string | null) => string;
}

export const describeReason = (reason: Reason, rank: number, labels: Labels): string => {
  switch (reason.code) {
    case "MERIT": {
      const { quota, transferred, from } = reason.params;
      if (transferred) {
        return `admitted, rank ${rank}, on a seat transferred${from ? ` from quota ${labels.quota(from)}` : ""}`;
      }
      return `admitted, ${quota === null ? "an open seat" : `quota ${labels.quota(quota)}`}, rank ${rank}`;
    }
    case "GROUP_FULL": {
      const { quota, admitted, seats } = reason.params;
      return quota === null
        ? `the seats open to applicants outside the quotas are full, ${admitted}/${seats}`
        : `quota ${labels.quota(quota)} full, ${Math.min(admitted, seats)}/${seats}${admitted > seats ? ` and ${admitted - seats} transferred seat${admitted - seats === 1 ? "" : "s"} taken` : ""}`;
    }
    case "SPREAD_CAP":
      return `cap reached for ${reason.params.value}, ${reason.params.admitted}/${reason.params.max}`;
    case "HELD_FOR_MIN": {
      const { value, admitted, min, values } = reason.params;
      const others = values.length > 1 ? ` (minimums of ${values.join(", ")})` : "";
      return `seat held for the ${value} minimum, ${admitted}/${min}${others}`;
    }
    case "HELD_FOR_QUOTA": {
      const { quota, admitted, target } = reason.params;
      return `seat held for quota ${labels.quota(quota)}, ${admitted}/${target}`;
    }
    case "SEATS_FULL":
      return reason.params.held
        ? `the remaining seats are needed to meet the quotas and minimums, ${reason.params.admitted}/${reason.params.total} filled`
        : `all seats filled, ${reason.params.admitted}/${reason.params.total}`;
    case "DECLINED":
      return "declined the offered seat";
  }
};
