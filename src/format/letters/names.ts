/** The formats of `cohort letters`, without loading any of them (the command table reads this). */
export const LETTER_FORMAT_NAMES = ["eml", "md", "html"] as const;
export type LetterFormat = (typeof LETTER_FORMAT_NAMES)[number];
