import type { InitWords } from "../init-words.js";

export const init: InitWords = {
  notAnId: (given, example) =>
    `«${given}» er ikkje ein program-ID: bruk små bokstavar, siffer, «-» og «_», og byrj med ein bokstav eller eit siffer${example ? `; til dømes: ${example}` : ""}`,
  wroteSchema: (file, command) =>
    `skreiv ${file}, JSON-skjemaet som første linja i programfila viser til, så redigeringsprogrammet kan sjekke fila (oppdater det med: ${command})`,
  wrote: (file, locale, country) =>
    `skreiv ${file} (språk ${locale}, land ${country}; datoane og verdiane i fila er døme)`,
  next: (command) => `neste steg: rediger fila, og køyr så: ${command}`,
};
