/**
 * A letter as a standalone HTML page. The whole rendered text is escaped, so
 * neither an applicant's cell nor a template can add markup; paragraphs
 * become <p>, lines starting with "- " a list.
 */
import type { RenderedLetter } from "./render.js";

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`,
  );

const paragraph = (block: string): string => {
  const lines = block.split("\n");
  if (lines.every((l) => l.startsWith("- ")))
    return `<ul>\n${lines.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join("\n")}\n</ul>`;
  return `<p>${lines.map(escapeHtml).join("<br>\n")}</p>`;
};

export const htmlLetter = (letter: RenderedLetter, language: string): string =>
  [
    "<!DOCTYPE html>",
    `<html lang="${language}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(letter.subject)}</title>`,
    "<style>body{font-family:system-ui,sans-serif;max-width:40em;margin:2em auto;line-height:1.5}</style>",
    "</head>",
    "<body>",
    `<h1>${escapeHtml(letter.subject)}</h1>`,
    ...letter.body
      .trim()
      .split(/\n{2,}/)
      .map(paragraph),
    "</body>",
    "</html>",
    "",
  ].join("\n");
