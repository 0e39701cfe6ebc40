/**
 * The cells of allocate's csv rows, as text: the definition that the byte
 * writer (row-bytes.ts, rowCsvBytes) follows and its property tests hold it to.
 */
import type { DecisionRow, OutcomeKind } from "../../core/decision/report.js";
import { carriedCells } from "../carried.js";

/** The columns a csv row has past the ten every row has, in their order. */
export interface CsvColumns {
  /** An intake with classes: class, choice, choices. */
  classes?: boolean | undefined;
  /** A program with leader groups: group. */
  groups?: boolean | undefined;
  /** Carried columns: the outcome in the program's words, then each carried cell. */
  mailMerge?: { outcomes: Readonly<Record<OutcomeKind, string>>; columns: number } | undefined;
}

/** The ten cells every row has, in the header's order (allocateCsv's columns). */
export const baseCells = (row: DecisionRow): string[] => [
  row.id,
  row.outcome,
  row.quota ?? "",
  row.rank === null ? "" : String(row.rank),
  row.position ? String(row.position.overall) : "",
  row.position ? String(row.position.inGroup) : "",
  row.code,
  row.reason,
  row.transferred ? "yes" : "no",
  row.newlyOffered ? "yes" : "no",
];

/**
 * The cells that hold numbers, which neutralising keeps as they are (when
 * they are plain numbers). 11 is choice with classes; without classes it is
 * whichever column stands there (the outcome words after a group, or the
 * first carried cell), kept so: those lists' bytes stay what they were.
 */
export const NUMERIC_CELLS = [3, 4, 5, 11];

/** Where each column past the ten stands (-1: not there), and where the carried cells start. */
export const extraColumnsAt = (columns: CsvColumns) => {
  let at = 10;
  const classAt = columns.classes ? at : -1;
  if (columns.classes) at += 3;
  const groupAt = columns.groups ? at++ : -1;
  const wordsAt = columns.mailMerge ? at++ : -1;
  return { classAt, groupAt, wordsAt, carriedAt: at };
};

/** The choices cell: the applicant's choices, best first. */
export const CHOICES_SEPARATOR = " | ";

/** A row's cells: the ten, then those of `columns`. */
export const csvCells =
  (columns: CsvColumns) =>
  (row: DecisionRow): string[] => {
    const cells = baseCells(row);
    if (columns.classes) {
      cells.push(
        row.class ?? "",
        row.choice === undefined ? "" : String(row.choice),
        (row.choices ?? []).join(CHOICES_SEPARATOR),
      );
    }
    if (columns.groups) cells.push(row.group ?? "");
    if (columns.mailMerge) {
      cells.push(
        columns.mailMerge.outcomes[row.outcome],
        ...carriedCells(row.carried, columns.mailMerge.columns),
      );
    }
    return cells;
  };
