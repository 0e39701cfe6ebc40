/**
 * The names of check's formats, apart from their code: the command
 * declarations offer them as --format choices without loading a format.
 */
export const CHECK_FORMAT_NAMES = ["table", "csv", "json", "ndjson", "xlsx"] as const;
export type CheckFormat = (typeof CHECK_FORMAT_NAMES)[number];
