import type { InitWords } from "../init-words.js";

export const init: InitWords = {
  notAnId: (given, example) =>
    `»${given}« er ikke et program-id: brug små bogstaver, cifre, »-« og »_«, og begynd med et bogstav eller et ciffer${example ? `; for eksempel: ${example}` : ""}`,
  wroteSchema: (file, command) =>
    `skrev ${file}, JSON-skemaet, som programfilens første linje henviser til, så redigeringsprogrammet kan kontrollere filen (opdatér det med: ${command})`,
  wrote: (file, locale, country) =>
    `skrev ${file} (sprog ${locale}, land ${country}; datoerne og værdierne i den er eksempler)`,
  next: (command) => `næste skridt: redigér filen, og kør derefter: ${command}`,
};
