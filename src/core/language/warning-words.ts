/**
 * Warnings in one language: those of a schedule (a module on a weekend or a
 * public holiday, modules that share days) in the table and markdown of
 * `cohort schedule`, and those about a program file that check, allocate,
 * list and schedule print on stderr. Codes stay English; JSON and validate
 * keep the English message. Dates come already written the local way. Each
 * language's words live in warnings/<code>.ts.
 */
import type { Country } from "../vocabulary.js";

export interface WarningWords {
  /** A module on weekend days (`dates` joined). */
  weekend: (title: string, dates: string) => string;
  /** A module on public holidays: `holidays` as "Grunnlovsdag (17. mai 2028)", joined; how many. */
  holiday: (title: string, holidays: string, count: number, country: Country) => string;
  /** Two modules of one program on the same days. */
  overlap: (title: string, other: string, dates: string) => string;
  /** A module on the same days as a module of another program scheduled with it. */
  programOverlap: (title: string, other: string, program: string, dates: string) => string;
  /** A program warning's intake (and class), before its words: "opptak 2028". */
  intake: (id: string) => string;
  intakeClass: (id: string, cls: string) => string;
  /** module-weekend: the weekday (0 Monday … 6 Sunday) and the date ("6. mars 2027"). */
  moduleWeekend: (module: string, weekday: number, date: string) => string;
  moduleHoliday: (module: string, holiday: string, date: string, country: Country) => string;
  spreadMaxUnfillable: (field: string, capacity: number, total: number) => string;
  /** After the intake's name. */
  choicesUndeclared: (classes: number) => string;
  /** `intakes`: whether the program has intakes (none of them with classes). */
  choicesWithoutClasses: (intakes: boolean) => string;
  illustrativeUnknownKey: (key: string) => string;
  /** A workbook read from `sheet`, its first visible sheet, past the hidden `skipped` before it. */
  hiddenSheetsSkipped: (sheet: string, skipped: readonly string[]) => string;
  /** yaml-unknown-tag for `!!binary`: read as the text after the tag. */
  yamlBinary: string;
  /** yaml-unknown-tag: a tag cohort does not read (`!ref`), as written. */
  yamlUnknownTag: (tag: string) => string;
  /** yaml-value-changed: a number whose text says something else (`1_000` read as 1000). */
  yamlValueChanged: (raw: string, value: string) => string;
  /**
   * A public holiday's name as the language writes it: the names are the
   * country's (Grunnlovsdag, Midsommarafton); Nynorsk writes a few of
   * Norway's its own way.
   */
  holidayName: (name: string) => string;
}
