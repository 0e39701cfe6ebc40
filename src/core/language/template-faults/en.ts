import type { TemplateFaultWords } from "../template-fault-words.js";

// The words letters has always printed: scripts read them.
export const templateFaults: TemplateFaultWords = {
  "no-subject": () =>
    'a letter template starts with a line "Subject: …", then an empty line, then the body',
  "subject-empty": () => "the Subject line is empty",
  "no-empty-line": () => "an empty line must follow the Subject line (the subject is one line)",
  "no-body": () => "the letter has no body",
  partial: () => "partials ({{> name}}) are not supported in letters",
  "unknown-placeholder": (f) =>
    `unknown placeholder {{${f.name}}}; see the placeholders in docs/commands/letters.md`,
  "unclosed-tag": () => "Unclosed tag",
  "unclosed-section": (f) => `Unclosed section "${f.name}"`,
  "unopened-section": (f) => `Unopened section "${f.name}"`,
  "invalid-tags": (f) => `Invalid tags: ${f.tags}`,
  syntax: (f) => f.detail,
  shipped: (t) => `the ${t.locale} ${t.outcome} template`,
};
