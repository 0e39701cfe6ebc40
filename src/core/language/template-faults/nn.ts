import type { TemplateFaultWords } from "../template-fault-words.js";

export const templateFaults: TemplateFaultWords = {
  "no-subject": () =>
    "ein brevmal byrjar med ei linje «Subject: …», deretter ei tom linje og så sjølve brevet",
  "subject-empty": () => "Subject-linja er tom",
  "no-empty-line": () => "Subject-linja må følgjast av ei tom linje (emnet står på éi linje)",
  "no-body": () => "brevet har ingen tekst under emnet",
  partial: () => "delmalar ({{> namn}}) kan ikkje brukast i brev",
  "unknown-placeholder": (f) =>
    `ukjend plasshaldar {{${f.name}}}; sjå plasshaldarane i docs/commands/letters.md`,
  "unclosed-tag": () => "ein {{ er ikkje lukka med }}",
  "unclosed-section": (f) => `delen {{#${f.name}}} er ikkje lukka med {{/${f.name}}}`,
  "unopened-section": (f) => `{{/${f.name}}} lukkar ein del som ikkje er opna med {{#${f.name}}}`,
  "invalid-tags": (f) => `ugyldige skiljeteikn: ${f.tags}`,
  syntax: (f) => `malen kan ikkje lesast: ${f.detail}`,
  shipped: (t) => `standardbrevmalen for «${t.words}»`,
};
