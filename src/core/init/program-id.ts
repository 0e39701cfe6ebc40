/** Program ids for `cohort init`: the slug rule of the program format, and a suggestion for text that breaks it. */

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

export const isProgramId = (text: string): boolean => SLUG.test(text);

const FOLD: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ß: "ss" };

/** A slug made from `text` ("Ny som leder" -> "ny-som-leder"), or undefined when nothing is left. */
export const suggestProgramId = (text: string): string | undefined => {
  const slug = text
    .toLowerCase()
    .replace(/[æøåäöß]/g, (ch) => FOLD[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-_]+|-+$/g, "");
  return isProgramId(slug) ? slug : undefined;
};
