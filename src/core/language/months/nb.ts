/** Month names as a Bokmål date writes them ("12. april 2027"); one list for dates and messages alike. */
export const MONTHS: readonly string[] = [
  "januar",
  "februar",
  "mars",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "desember",
];
