/** The names of list's formats: the --format choices, without loading a format. */
export const LIST_FORMAT_NAMES = ["table", "json"] as const;
export type ListFormat = (typeof LIST_FORMAT_NAMES)[number];
