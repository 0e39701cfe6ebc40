/** Month names as a Swedish date writes them ("12 april 2027"); one list for dates and messages alike. */
export const MONTHS: readonly string[] = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
