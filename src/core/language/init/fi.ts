import type { InitWords } from "../init-words.js";

export const init: InitWords = {
  notAnId: (given, example) =>
    `”${given}” ei ole ohjelman tunnus: käytä pieniä kirjaimia, numeroita sekä merkkejä ”-” ja ”_”, ja aloita kirjaimella tai numerolla${example ? `; esimerkiksi: ${example}` : ""}`,
  wroteSchema: (file, command) =>
    `kirjoitettiin tiedosto ${file}: JSON-skeema, johon ohjelmatiedoston ensimmäinen rivi viittaa, jotta editori voi tarkistaa tiedoston (päivitä se komennolla ${command})`,
  wrote: (file, locale, country) =>
    `kirjoitettiin tiedosto ${file} (kieli ${locale}, maa ${country}; sen päivämäärät ja arvot ovat esimerkkejä)`,
  next: (command) => `seuraavaksi: muokkaa tiedostoa ja suorita sitten ${command}`,
};
