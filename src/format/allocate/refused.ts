import type { RefusalWhy, RefusedDecline } from "../../core/decision/declines.js";

const WHY: Record<RefusalWhy, string> = {
  waitlisted: "is on the waitlist and was never offered a seat",
  ineligible: "is ineligible",
  invalid: "is invalid",
  absent: "is not in the applicant list",
};

/** The rest, counted by why, in the order of WHY. */
const REST: Record<RefusalWhy, string> = {
  waitlisted: "on the waitlist",
  ineligible: "ineligible",
  invalid: "invalid",
  absent: "not in the applicant list",
};

/**
 * Ids shown one by one; the rest are counted. A wrong file (the applicant
 * list itself, a million lines) must give a message a terminal can show.
 */
export const REFUSED_SHOWN = 20;

/** An id as read, with control characters and other invisibles made visible. */
const quoted = (id: string): string =>
  JSON.stringify(id).replace(
    /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** Why a declined list cannot be applied: each id that never held a seat, by line. */
export const refusedDeclinesText = (file: string, refused: readonly RefusedDecline[]): string => {
  const shown = refused
    .slice(0, REFUSED_SHOWN)
    .map(({ id, line, why }) => `line ${line}: ${quoted(id)} ${WHY[why]}`);
  if (refused.length > REFUSED_SHOWN) {
    const counts = new Map<RefusalWhy, number>();
    for (const r of refused.slice(REFUSED_SHOWN)) counts.set(r.why, (counts.get(r.why) ?? 0) + 1);
    const parts = (Object.keys(REST) as RefusalWhy[])
      .filter((why) => counts.has(why))
      .map((why) => `${counts.get(why)} ${REST[why]}`);
    shown.push(`… and ${refused.length - REFUSED_SHOWN} more (${parts.join(", ")})`);
  }
  return `${file}: only admitted applicants can decline:\n  ${shown.join("\n  ")}`;
};
