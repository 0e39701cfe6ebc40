/** The names of validate's formats: the --format choices, without loading a format. */
export const VALIDATE_FORMAT_NAMES = [
  "pretty",
  "json",
  "github",
  "junit",
  "sarif",
  "gitlab",
  "compact",
] as const;
export type ValidateFormat = (typeof VALIDATE_FORMAT_NAMES)[number];
