import type { InitWords } from "../init-words.js";

export const init: InitWords = {
  notAnId: (given, example) =>
    `”${given}” är inte ett program-id: använd små bokstäver, siffror, ”-” och ”_”, och börja med en bokstav eller en siffra${example ? `; till exempel: ${example}` : ""}`,
  wroteSchema: (file, command) =>
    `skrev ${file}, JSON-schemat som programfilens första rad pekar på, så att redigeringsprogrammet kan kontrollera filen (uppdatera det med: ${command})`,
  wrote: (file, locale, country) =>
    `skrev ${file} (språk ${locale}, land ${country}; datumen och värdena i den är exempel)`,
  next: (command) => `nästa steg: redigera filen och kör sedan: ${command}`,
};
