/** The names of progress's formats, apart from their code (the command table offers them without loading xlsx). */
export const PROGRESS_FORMAT_NAMES = ["table", "csv", "json", "xlsx"] as const;
export type ProgressFormat = (typeof PROGRESS_FORMAT_NAMES)[number];
