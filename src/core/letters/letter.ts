/**
 * Decision letters as data: one entry per applicant of a verified
 * allocation, with what the letter needs (outcome, reasons, the carried
 * columns), and the templates to write them with. Formats word and encode.
 */
import type { CellProblem } from "../applicants/layout.js";
import type { HeldWith } from "../decision/report.js";
import type { Locale } from "../language/index.js";
import type { LetterOutcome, LetterTemplate } from "../language/letter-words.js";
import type { Program, ProgramClass } from "../program/schema.js";

export interface LetterEntry {
  id: string;
  /** Line of the list where the applicant's row starts (spreadsheet row for .xlsx). */
  line: number;
  outcome: LetterOutcome;
  /** The allocation's code (MERIT, GROUP_FULL, INELIGIBLE, …). */
  code: string;
  /** Id of the quota whose seat they hold or wait for; null outside every quota. */
  quota: string | null;
  rank: number | null;
  position: { overall: number; inGroup: number } | null;
  /** The eligibility rules not met (ineligible applicants), in the program's words. */
  reasons: readonly string[];
  /** What could not be read (invalid applications). */
  problems: readonly CellProblem[];
  /** The carried columns' cells, in the order of `LettersDocument.carry`. */
  carried: readonly string[];
  /**
   * The applicant's value of the spread field, for the waitlist reason; with
   * several fields, the value whose cap stopped them, with its field's label.
   */
  spreadValue: string | null;
  /** The class an admitted applicant is placed in (its id), for an intake with classes. */
  class: string | null;
  /**
   * A waitlisted applicant whose seat is held (HELD_FOR_MIN, HELD_FOR_QUOTA)
   * for more than one target: the quotas (ids) and T held for as well, from
   * the verified re-run.
   */
  heldWith?: HeldWith;
}

/** A column the program carries, and where it is in the list (-1: the list lacks it). */
export interface CarriedColumn {
  column: string;
  index: number;
}

/** A template and where it came from: a file of the program, or the language's default. */
export interface LetterTemplateSource {
  template: LetterTemplate;
  /** The template file as given to the user, or null for the shipped default. */
  file: string | null;
  /** Lines of the file where the Subject line is and where the body starts. */
  subjectLine: number;
  bodyLine: number;
}

/** A program's own template file, read and parsed. */
export interface TemplateFile {
  /** As shown to the user. */
  file: string;
  subject: string;
  body: string;
  subjectLine: number;
  bodyLine: number;
}

/** Each outcome's template: the program's own file where it has one, else the language's default. */
export const templateSources = <K extends string>(
  outcomes: readonly K[],
  own: Partial<Record<K, TemplateFile>>,
  defaults: Record<K, LetterTemplate>,
): Record<K, LetterTemplateSource> =>
  Object.fromEntries(
    outcomes.map((outcome): [K, LetterTemplateSource] => {
      const file = own[outcome];
      return [
        outcome,
        file
          ? {
              template: { subject: file.subject, body: file.body },
              file: file.file,
              subjectLine: file.subjectLine,
              bodyLine: file.bodyLine,
            }
          : { template: defaults[outcome], file: null, subjectLine: 1, bodyLine: 1 },
      ];
    }),
  ) as Record<K, LetterTemplateSource>;

/**
 * The program's own template files a run in another language passed over:
 * they are in the program's language, so that language's defaults were used
 * instead. Told to the coordinator, who may have meant them to be used.
 */
export interface PassedOverTemplates {
  /** The program's template folder, as shown. */
  folder: string;
  /** The file names there (`admitted.txt`, …), in the order of the run's templates. */
  names: readonly string[];
  /** The program's own language, which they are in. */
  own: Locale;
  /** The folder where this language's own templates go, as shown. */
  languageFolder: string;
}

export interface LettersDocument {
  program: Program;
  /** The inputs (audit record, program, list) as absolute paths: never to be written over. */
  inputs: string[];
  /** SHA-256 of the audit record's bytes: what Message-IDs are made from. */
  auditSha256: string;
  /** The applicant list as shown to the user, for warnings. */
  list: string;
  idColumn: string;
  carry: CarriedColumn[];
  /** Position in `carry` of the e-mail and the name column, or -1. */
  emailAt: number;
  nameAt: number;
  /** In the audit record's order: admitted, waitlisted, declined by rank, then the others. */
  entries: LetterEntry[];
  templates: Record<LetterOutcome, LetterTemplateSource>;
  /** The classes of the intake allocated (none without), each with its own dates when it has them. */
  classes: readonly ProgramClass[];
  /** The program's own templates this run did not use (with --lang), if any. */
  passedOver?: PassedOverTemplates | undefined;
}

/**
 * The columns to carry: `applicants.carry`, then the e-mail and the name
 * column when not among them, each once (headers match without regard to
 * case and surrounding space, as the list's header does).
 */
export const carriedColumns = (
  applicants:
    | NonNullable<Program["applicants"]>
    | Pick<NonNullable<Program["applicants"]>, "carry" | "email" | "name">,
  header: readonly string[],
): { carry: CarriedColumn[]; emailAt: number; nameAt: number } => {
  const key = (h: string) => h.trim().toLowerCase();
  const names: string[] = [];
  const add = (column: string | undefined): number => {
    if (column === undefined) return -1;
    const at = names.findIndex((n) => key(n) === key(column));
    if (at >= 0) return at;
    names.push(column);
    return names.length - 1;
  };
  for (const column of applicants.carry ?? []) add(column);
  const emailAt = add(applicants.email);
  const nameAt = add(applicants.name);
  const carry = names.map((column) => ({
    column,
    index: header.findIndex((h) => key(h) === key(column)),
  }));
  return { carry, emailAt, nameAt };
};
