/** Month names as a Danish date writes them ("12. april 2027"); one list for dates and messages alike. */
export const MONTHS: readonly string[] = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];
