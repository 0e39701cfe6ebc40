import type { TemplateFaultWords } from "../template-fault-words.js";

export const templateFaults: TemplateFaultWords = {
  "no-subject": () =>
    "en brevskabelon begynder med en linje »Subject: …«, derefter en tom linje og så selve brevet",
  "subject-empty": () => "Subject-linjen er tom",
  "no-empty-line": () => "Subject-linjen skal efterfølges af en tom linje (emnet står på én linje)",
  "no-body": () => "brevet har ingen tekst under emnet",
  partial: () => "delskabeloner ({{> navn}}) kan ikke bruges i breve",
  "unknown-placeholder": (f) =>
    `ukendt pladsholder {{${f.name}}}; se pladsholderne i docs/commands/letters.md`,
  "unclosed-tag": () => "en {{ er ikke lukket med }}",
  "unclosed-section": (f) => `afsnittet {{#${f.name}}} er ikke lukket med {{/${f.name}}}`,
  "unopened-section": (f) =>
    `{{/${f.name}}} lukker et afsnit, som ikke er åbnet med {{#${f.name}}}`,
  "invalid-tags": (f) => `ugyldige skilletegn: ${f.tags}`,
  syntax: (f) => `skabelonen kan ikke læses: ${f.detail}`,
  shipped: (t) => `standardbrevskabelonen for »${t.words}«`,
};
