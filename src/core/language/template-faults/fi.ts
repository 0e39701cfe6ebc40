import type { TemplateFaultWords } from "../template-fault-words.js";

export const templateFaults: TemplateFaultWords = {
  "no-subject": () =>
    "kirjepohja alkaa rivillä ”Subject: …”, sen jälkeen tulee tyhjä rivi ja sitten itse kirje",
  "subject-empty": () => "Subject-rivi on tyhjä",
  "no-empty-line": () => "Subject-rivin jälkeen on oltava tyhjä rivi (aihe on yhdellä rivillä)",
  "no-body": () => "kirjeessä ei ole tekstiä aiheen alla",
  partial: () => "osapohjia ({{> nimi}}) ei voi käyttää kirjeissä",
  "unknown-placeholder": (f) =>
    `tuntematon paikkamerkki {{${f.name}}}; katso paikkamerkit tiedostosta docs/commands/letters.md`,
  "unclosed-tag": () => "merkkiä {{ ei ole suljettu merkillä }}",
  "unclosed-section": (f) => `osiota {{#${f.name}}} ei ole suljettu merkinnällä {{/${f.name}}}`,
  "unopened-section": (f) =>
    `{{/${f.name}}} sulkee osion, jota ei ole avattu merkinnällä {{#${f.name}}}`,
  "invalid-tags": (f) => `virheelliset erotinmerkit: ${f.tags}`,
  syntax: (f) => `pohjaa ei voi lukea: ${f.detail}`,
  shipped: (t) => `oletuskirjepohja tilanteeseen ”${t.words}”`,
};
