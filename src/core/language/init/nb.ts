import type { InitWords } from "../init-words.js";

export const init: InitWords = {
  notAnId: (given, example) =>
    `«${given}» er ikke en program-ID: bruk små bokstaver, sifre, «-» og «_», og begynn med en bokstav eller et siffer${example ? `; for eksempel: ${example}` : ""}`,
  wroteSchema: (file, command) =>
    `skrev ${file}, JSON-skjemaet som første linje i programfilen viser til, så redigeringsprogrammet kan sjekke filen (oppdater det med: ${command})`,
  wrote: (file, locale, country) =>
    `skrev ${file} (språk ${locale}, land ${country}; datoene og verdiene i den er eksempler)`,
  next: (command) => `neste steg: rediger filen, og kjør så: ${command}`,
};
