import type { LetterNoteWords } from "../letter-note-words.js";

export const letterNotes: LetterNoteWords = {
  column: (c) => `, kolonne »${c}«`,
  columnMissing: (input, c) =>
    `${input === "list" ? "ansøgerlisten" : "deltagerlisten"} har ingen kolonne »${c}« (angivet under applicants i programmet); flettefeltet forbliver tomt`,
  noEmailColumn:
    "programmet angiver ingen kolonne til e-mail (applicants.email), så ingen af brevene får en modtager",
  noAddress: (id) => `${id} har ingen e-mailadresse; brevet får ingen modtager`,
  badAddress: (id, cell) =>
    `${id}: »${cell}« er ikke én gyldig e-mailadresse; brevet får ingen modtager`,
  noNameColumn:
    "programmet angiver ingen kolonne til navn (applicants.name), så kursusbeviserne viser deltagernes id i stedet for navn",
  noName: (id) => `${id} mangler et navn; kursusbeviset viser id'et i stedet`,
  written: (n, folder, counts, without) =>
    `skrev ${n} breve til ${folder}${counts ? ` (${counts})` : ""}${without > 0 ? `; ${without} uden modtager` : ""}`,
  count: (n, what) => `${n} ${what}`,
  noLetter: (who) => `intet brev til ${who}`,
  onTrack: (n, status) => `${n} ${status} (med --all får de også brev)`,
  unreadable: (n) => `${n}, hvis række ikke kunne læses (se ovenfor)`,
  byHand: (ids) =>
    `kontrolleres manuelt, ikke af cohort: ${ids}; bekræft disse krav, før kursusbeviserne sendes`,
  passedOver: (names, own, run, folder) =>
    names.length === 1
      ? `${names[0]} blev ikke brugt: den er skrevet på programmets sprog (${own}), og disse breve er på et andet (${run}), så standardskabelonen for ${run} blev brugt i stedet; vil du bruge din egen skabelon, så skriv den på det sprog og læg den i ${folder}`
      : `${names.join(", ")} blev ikke brugt: de er skrevet på programmets sprog (${own}), og disse breve er på et andet (${run}), så standardskabelonerne for ${run} blev brugt i stedet; vil du bruge dine egne skabeloner, så skriv dem på det sprog og læg dem i ${folder}`,
};
