/**
 * The frame of an invalid program file as commands other than validate
 * print it: how many errors, its first findings (in the validator's words,
 * with their codes), how many more, and the validate command that shows
 * them all. Each language's words live in input-errors/<code>.ts.
 */
export interface InvalidProgramWords {
  /** "x.yaml is not a valid program file (2 errors):" */
  heading: (file: string, errors: number) => string;
  /** The findings not shown. */
  more: (count: number) => string;
  /** The line pointing to validate. */
  validate: (command: string) => string;
}
