import type { XlsxDamageWords } from "../xlsx-damage-words.js";

export const xlsxDamage: XlsxDamageWords = {
  "no-directory": () => "zip-arkistossa ei ole hakemistoa (onko tiedosto katkennut?)",
  directory: () => "zip-arkiston hakemisto on vioittunut",
  entry: (d) => `sen osa ${d.entry} on vioittunut`,
  inflate: (d) => `sen osaa ${d.entry} ei voi purkaa`,
  method: (d) => `sen osa ${d.entry} on pakattu tavalla, jota Excel ei käytä`,
  "part-missing": (d) => `siitä puuttuu ${d.entry}, joka on jokaisessa työkirjassa`,
  contents: () =>
    "sen sisältö ei ole työkirja sellaisena kuin Excel sen tallentaa (--debug näyttää lukijan ilmoituksen)",
  "shared-strings-missing": (d) =>
    `siitä puuttuu osa ${d.entry}, johon solujen tekstit on tallennettu`,
  "sheet-missing": (d) => `siitä puuttuu taulukon ”${d.sheet}” osa ${d.entry}`,
};
