/**
 * What `cohort init` says on stderr, and its refusal of an argument that is
 * not a program id, in the language of the run (`--lang`, else English).
 * Each language's words live in init/<code>.ts; the errors about a file or
 * id already taken are input errors (input-errors/<code>.ts).
 */

export interface InitWords {
  /** Not a program id; `example` is the init command with an id made from it, when one can be. */
  notAnId: (given: string, example: string | undefined) => string;
  /** The JSON Schema written beside a new program; `command` writes it again. */
  wroteSchema: (file: string, command: string) => string;
  /** The new program file, its locale and country. */
  wrote: (file: string, locale: string, country: string) => string;
  /** What to do next; `command` validates the new file. */
  next: (command: string) => string;
}
