import type { LetterNoteWords } from "../letter-note-words.js";

export const letterNotes: LetterNoteWords = {
  column: (c) => `, kolonne «${c}»`,
  columnMissing: (input, c) =>
    `${input === "list" ? "søkjarlista" : "deltakarlista"} har ingen kolonne «${c}» (oppgjeven under applicants i programmet); flettefeltet blir ståande tomt`,
  noEmailColumn:
    "programmet oppgjev ingen kolonne for e-post (applicants.email), så ingen av breva får mottakar",
  noAddress: (id) => `${id} har inga e-postadresse; brevet får ingen mottakar`,
  badAddress: (id, cell) =>
    `${id}: «${cell}» er ikkje éi gyldig e-postadresse; brevet får ingen mottakar`,
  noNameColumn:
    "programmet oppgjev ingen kolonne for namn (applicants.name), så kursbevisa viser ID-en til deltakarane i staden for namnet",
  noName: (id) => `${id} manglar namn; kursbeviset viser ID-en i staden`,
  written: (n, folder, counts, without) =>
    `skreiv ${n} brev til ${folder}${counts ? ` (${counts})` : ""}${without > 0 ? `; ${without} utan mottakar` : ""}`,
  count: (n, what) => `${n} ${what}`,
  noLetter: (who) => `ingen brev til ${who}`,
  onTrack: (n, status) => `${n} ${status} (med --all får også dei brev)`,
  unreadable: (n) => `${n} med ei rad som ikkje kunne lesast (sjå over)`,
  byHand: (ids) =>
    `blir kontrollert manuelt, ikkje av cohort: ${ids}; stadfest desse krava før kursbevisa blir sende`,
  passedOver: (names, own, run, folder) =>
    names.length === 1
      ? `${names[0]} er ikkje brukt: malen er skriven på språket til programmet (${own}), og desse breva er på eit anna (${run}), så standardmalen for ${run} er brukt i staden; vil du bruke ein eigen mal, skriv han på det språket og legg han i ${folder}`
      : `${names.join(", ")} er ikkje brukte: dei er skrivne på språket til programmet (${own}), og desse breva er på eit anna (${run}), så standardmalane for ${run} er brukte i staden; vil du bruke eigne malar, skriv dei på det språket og legg dei i ${folder}`,
};
