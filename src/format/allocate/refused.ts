import type { RefusalWhy, RefusedDecline } from "../../core/decision/declines.js";

const WHY: Record<RefusalWhy, string> = {
  waitlisted: "is on the waitlist and was never offered a seat",
  ineligible: "is ineligible",
  invalid: "is invalid",
  absent: "is not in the applicant list",
};

/** Why a declined list cannot be applied: each id that never held a seat, by line. */
export const refusedDeclinesText = (file: string, refused: readonly RefusedDecline[]): string =>
  `${file}: only admitted applicants can decline:\n  ${refused.map(({ id, line, why }) => `line ${line}: "${id}" ${WHY[why]}`).join("\n  ")}`;
