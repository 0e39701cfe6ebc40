/** The names of roster's formats, apart from their code (the command table offers them without loading xlsx). */
export const ROSTER_FORMAT_NAMES = ["xlsx", "csv"] as const;
export type RosterFormat = (typeof ROSTER_FORMAT_NAMES)[number];
