import type { LetterNoteWords } from "../letter-note-words.js";

export const letterNotes: LetterNoteWords = {
  column: (c) => `, kolonne «${c}»`,
  columnMissing: (input, c) =>
    `${input === "list" ? "søkerlisten" : "deltakerlisten"} har ingen kolonne «${c}» (oppgitt under applicants i programmet); flettefeltet blir stående tomt`,
  noEmailColumn:
    "programmet oppgir ingen kolonne for e-post (applicants.email), så ingen av brevene får mottaker",
  noAddress: (id) => `${id} har ingen e-postadresse; brevet får ingen mottaker`,
  badAddress: (id, cell) =>
    `${id}: «${cell}» er ikke én gyldig e-postadresse; brevet får ingen mottaker`,
  noNameColumn:
    "programmet oppgir ingen kolonne for navn (applicants.name), så kursbevisene viser deltakernes ID i stedet for navn",
  noName: (id) => `${id} mangler navn; kursbeviset viser ID-en i stedet`,
  written: (n, folder, counts, without) =>
    `skrev ${n} brev til ${folder}${counts ? ` (${counts})` : ""}${without > 0 ? `; ${without} uten mottaker` : ""}`,
  count: (n, what) => `${n} ${what}`,
  noLetter: (who) => `ingen brev til ${who}`,
  onTrack: (n, status) => `${n} ${status} (med --all får også de brev)`,
  unreadable: (n) => `${n} med en rad som ikke kunne leses (se over)`,
  byHand: (ids) =>
    `kontrolleres manuelt, ikke av cohort: ${ids}; bekreft disse kravene før kursbevisene sendes`,
  passedOver: (names, own, run, folder) =>
    names.length === 1
      ? `${names[0]} er ikke brukt: den er skrevet på programmets språk (${own}), og disse brevene er på et annet (${run}), så standardmalen for ${run} er brukt i stedet; vil du bruke en egen mal, skriv den på det språket og legg den i ${folder}`
      : `${names.join(", ")} er ikke brukt: de er skrevet på programmets språk (${own}), og disse brevene er på et annet (${run}), så standardmalene for ${run} er brukt i stedet; vil du bruke egne maler, skriv dem på det språket og legg dem i ${folder}`,
};
