/**
 * Why a letter template cannot be used, as data: a code and its params,
 * worded per language in src/core/language/template-faults/<code>.ts. The
 * file's frame (the Subject line, the empty line, the body), what the
 * template names (an unknown placeholder, a partial), and the Mustache
 * syntax the template is written in.
 */
export type TemplateFault =
  // The frame of a template file (template-file.ts).
  | { code: "no-subject" }
  | { code: "subject-empty" }
  | { code: "no-empty-line" }
  | { code: "no-body" }
  // What the template names (src/format/letters/template.ts).
  | { code: "partial" }
  | { code: "unknown-placeholder"; name: string }
  // Mustache syntax.
  | { code: "unclosed-tag" }
  | { code: "unclosed-section"; name: string }
  | { code: "unopened-section"; name: string }
  | { code: "invalid-tags"; tags: string }
  /** A syntax error of Mustache's not known here: its own (English) words. */
  | { code: "syntax"; detail: string };

export type TemplateFaultCode = TemplateFault["code"];
export type TemplateFaultOf<C extends TemplateFaultCode> = Extract<TemplateFault, { code: C }>;

/**
 * The fault of a Mustache parse error, from its message without the
 * trailing `at <offset>` (the only way mustache.js tells its errors apart).
 */
export const mustacheFault = (message: string): TemplateFault => {
  if (message === "Unclosed tag") return { code: "unclosed-tag" };
  const section = /^(Unclosed|Unopened) section "(.*)"$/s.exec(message);
  if (section)
    return {
      code: section[1] === "Unclosed" ? "unclosed-section" : "unopened-section",
      name: section[2]!,
    };
  const tags = /^Invalid tags: (.*)$/s.exec(message);
  if (tags) return { code: "invalid-tags", tags: tags[1]! };
  return { code: "syntax", detail: message };
};
