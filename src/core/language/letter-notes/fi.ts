import type { LetterNoteWords } from "../letter-note-words.js";

export const letterNotes: LetterNoteWords = {
  column: (c) => `, sarake ”${c}”`,
  columnMissing: (input, c) =>
    `${input === "list" ? "hakijaluettelossa" : "osallistujaluettelossa"} ei ole saraketta ”${c}” (ohjelman applicants-kohdassa nimetty); kenttä jää tyhjäksi`,
  noEmailColumn:
    "ohjelmassa ei ole nimetty sähköpostisaraketta (applicants.email), joten yhdelläkään kirjeellä ei ole vastaanottajaa",
  noAddress: (id) => `${id}: sähköpostiosoite puuttuu; kirjeellä ei ole vastaanottajaa`,
  badAddress: (id, cell) =>
    `${id}: ”${cell}” ei ole yksi kelvollinen sähköpostiosoite; kirjeellä ei ole vastaanottajaa`,
  noNameColumn:
    "ohjelmassa ei ole nimetty nimisaraketta (applicants.name), joten todistuksissa osallistujat mainitaan tunnuksella",
  noName: (id) => `${id}: nimi puuttuu; todistuksessa osallistuja mainitaan tunnuksella`,
  written: (n, folder, counts, without) =>
    `kirjoitettiin ${n} ${n === 1 ? "kirje" : "kirjettä"} kansioon ${folder}${counts ? ` (${counts})` : ""}${without > 0 ? `; ${without} ilman vastaanottajaa` : ""}`,
  count: (n, what) => `${what} ${n}`,
  noLetter: (who) => `ei kirjettä: ${who}`,
  onTrack: (n, status) => `${status} ${n} (--all kirjoittaa kirjeen myös heille)`,
  unreadable: (n) => `ei voitu lukea ${n} (ks. yllä)`,
  byHand: (ids) =>
    `tarkistetaan käsin, ei cohortilla: ${ids}; varmista nämä vaatimukset ennen todistusten lähettämistä`,
  passedOver: (names, own, run, folder) =>
    names.length === 1
      ? `${names[0]} jäi käyttämättä: se on kirjoitettu ohjelman kielellä (${own}), ja nämä kirjeet ovat toisella kielellä (${run}), joten sen sijaan käytettiin oletuskirjepohjaa (${run}); jos haluat käyttää omaa pohjaa, kirjoita se sillä kielellä ja tallenna se kansioon ${folder}`
      : `${names.join(", ")} jäivät käyttämättä: ne on kirjoitettu ohjelman kielellä (${own}), ja nämä kirjeet ovat toisella kielellä (${run}), joten niiden sijaan käytettiin oletuskirjepohjia (${run}); jos haluat käyttää omia pohjia, kirjoita ne sillä kielellä ja tallenna ne kansioon ${folder}`,
};
