/** Nynorsk writes the month names as Bokmål does ("12. april 2027"). */
export { MONTHS } from "./nb.js";
