import type { TemplateFaultWords } from "../template-fault-words.js";

export const templateFaults: TemplateFaultWords = {
  "no-subject": () =>
    "en brevmal begynner med en linje «Subject: …», deretter en tom linje og så selve brevet",
  "subject-empty": () => "Subject-linjen er tom",
  "no-empty-line": () => "Subject-linjen må følges av en tom linje (emnet står på én linje)",
  "no-body": () => "brevet har ingen tekst under emnet",
  partial: () => "delmaler ({{> navn}}) kan ikke brukes i brev",
  "unknown-placeholder": (f) =>
    `ukjent plassholder {{${f.name}}}; se plassholderne i docs/commands/letters.md`,
  "unclosed-tag": () => "en {{ er ikke lukket med }}",
  "unclosed-section": (f) => `delen {{#${f.name}}} er ikke lukket med {{/${f.name}}}`,
  "unopened-section": (f) => `{{/${f.name}}} lukker en del som ikke er åpnet med {{#${f.name}}}`,
  "invalid-tags": (f) => `ugyldige skilletegn: ${f.tags}`,
  syntax: (f) => `malen kan ikke leses: ${f.detail}`,
  shipped: (t) => `standardbrevmalen for «${t.words}»`,
};
