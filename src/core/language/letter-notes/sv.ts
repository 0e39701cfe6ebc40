import type { LetterNoteWords } from "../letter-note-words.js";

export const letterNotes: LetterNoteWords = {
  column: (c) => `, kolumn ”${c}”`,
  columnMissing: (input, c) =>
    `${input === "list" ? "ansökningslistan" : "deltagarlistan"} har ingen kolumn ”${c}” (angiven under applicants i programmet); fältet förblir tomt`,
  noEmailColumn:
    "programmet anger ingen kolumn för e-post (applicants.email), så inget av breven får någon mottagare",
  noAddress: (id) => `${id} har ingen e-postadress; brevet får ingen mottagare`,
  badAddress: (id, cell) =>
    `${id}: ”${cell}” är inte en enda giltig e-postadress; brevet får ingen mottagare`,
  noNameColumn:
    "programmet anger ingen kolumn för namn (applicants.name), så intygen visar deltagarnas id i stället för namn",
  noName: (id) => `${id} saknar namn; intyget visar id:t i stället`,
  written: (n, folder, counts, without) =>
    `skrev ${n} brev till ${folder}${counts ? ` (${counts})` : ""}${without > 0 ? `; ${without} utan mottagare` : ""}`,
  count: (n, what) => `${n} ${what}`,
  noLetter: (who) => `inget brev till ${who}`,
  onTrack: (n, status) => `${n} ${status} (med --all får även de brev)`,
  unreadable: (n) => `${n} vars rad inte kunde läsas (se ovan)`,
  byHand: (ids) =>
    `kontrolleras manuellt, inte av cohort: ${ids}; bekräfta dessa krav innan intygen skickas`,
  passedOver: (names, own, run, folder) =>
    names.length === 1
      ? `${names[0]} användes inte: den är skriven på programmets språk (${own}) och de här breven är på ett annat (${run}), så standardmallen för ${run} användes i stället; vill du använda en egen mall, skriv den på det språket och lägg den i ${folder}`
      : `${names.join(", ")} användes inte: de är skrivna på programmets språk (${own}) och de här breven är på ett annat (${run}), så standardmallarna för ${run} användes i stället; vill du använda egna mallar, skriv dem på det språket och lägg dem i ${folder}`,
};
