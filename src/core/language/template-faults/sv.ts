import type { TemplateFaultWords } from "../template-fault-words.js";

export const templateFaults: TemplateFaultWords = {
  "no-subject": () =>
    "en brevmall börjar med en rad ”Subject: …”, sedan en tom rad och därefter själva brevet",
  "subject-empty": () => "Subject-raden är tom",
  "no-empty-line": () => "Subject-raden måste följas av en tom rad (ämnet står på en rad)",
  "no-body": () => "brevet har ingen text under ämnet",
  partial: () => "delmallar ({{> namn}}) kan inte användas i brev",
  "unknown-placeholder": (f) =>
    `okänd platshållare {{${f.name}}}; se platshållarna i docs/commands/letters.md`,
  "unclosed-tag": () => "en {{ stängs inte med }}",
  "unclosed-section": (f) => `avsnittet {{#${f.name}}} stängs inte med {{/${f.name}}}`,
  "unopened-section": (f) =>
    `{{/${f.name}}} stänger ett avsnitt som inte har öppnats med {{#${f.name}}}`,
  "invalid-tags": (f) => `ogiltiga avgränsare: ${f.tags}`,
  syntax: (f) => `mallen går inte att läsa: ${f.detail}`,
  shipped: (t) => `standardbrevmallen för ”${t.words}”`,
};
