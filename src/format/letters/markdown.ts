/** A letter as Markdown: the subject as its heading, the body's paragraphs and lists as they are. */
import type { RenderedLetter } from "./render.js";

/** Characters that would start Markdown syntax at the start of a heading. */
const escapeHeading = (text: string): string => text.replace(/([\\`*_[\]<>#])/g, "\\$1");

export const markdownLetter = (letter: RenderedLetter, recipient: string): string =>
  `# ${escapeHeading(letter.subject)}\n\n${recipient ? `<${recipient}>\n\n` : ""}${letter.body}`;
