/**
 * One letter rendered from its template: the subject on one line, the body as
 * plain text (paragraphs kept, the gaps of hidden sections closed).
 */
import type { LetterTemplate } from "../../core/language/letter-words.js";
import { renderText } from "./template.js";

export interface RenderedLetter {
  subject: string;
  /** Paragraphs separated by one empty line; ends with a newline. */
  body: string;
}

export const renderLetter = (template: LetterTemplate, view: object): RenderedLetter => ({
  subject: renderText(template.subject, view).replace(/\s+/g, " ").trim(),
  body: `${renderText(template.body, view)
    .replace(/\r\n|\r/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`,
});
