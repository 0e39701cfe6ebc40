/** Month names in the partitive, as a date is written: "12. huhtikuuta 2027". */
export const MONTHS: readonly string[] = [
  "tammikuuta",
  "helmikuuta",
  "maaliskuuta",
  "huhtikuuta",
  "toukokuuta",
  "kesäkuuta",
  "heinäkuuta",
  "elokuuta",
  "syyskuuta",
  "lokakuuta",
  "marraskuuta",
  "joulukuuta",
];

/** In the inessive, for what happens in a month: "helmikuussa 2027 on vain 28 päivää". */
export const IN_MONTH: readonly string[] = [
  "tammikuussa",
  "helmikuussa",
  "maaliskuussa",
  "huhtikuussa",
  "toukokuussa",
  "kesäkuussa",
  "heinäkuussa",
  "elokuussa",
  "syyskuussa",
  "lokakuussa",
  "marraskuussa",
  "joulukuussa",
];
