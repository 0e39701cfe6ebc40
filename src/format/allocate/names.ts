/**
 * The names of allocate's formats, apart from their code: the command
 * declarations offer them as --format choices without loading xlsx.
 */
export const ALLOCATE_FORMAT_NAMES = ["table", "csv", "json", "xlsx"] as const;
export type AllocateFormat = (typeof ALLOCATE_FORMAT_NAMES)[number];
