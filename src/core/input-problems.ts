/**
 * Why an input stopped a run, kept as data: a code and what the words need
 * (file names as the user gave them, counts, limits, the ids and columns
 * concerned). An input error (src/errors.ts) carries one; it is worded
 * only where the error is printed (src/cli/main.ts, through
 * src/format/input-problem.ts), in the language of the run, by the words of
 * src/core/language/input-errors/<code>.ts. The English words also make the
 * error's `message`, so scripts, tests and --debug read one text.
 *
 * Codes are stable English identifiers, like the findings' codes: a new
 * problem gets a new code, and the compiler then asks every language for
 * its words.
 */

import type { RefusalWhy } from "./decision/declines.js";
import type { TemplateFault } from "./letters/template-faults.js";

/**
 * What a failed system call said: its errno code (ENOSPC), which the
 * languages word themselves, and Node's own text without paths, for a code
 * they do not know.
 */
export interface SystemFault {
  code?: string;
  text: string;
}

/** Why a file of an allocation record's inputs no longer matches (letters, declines). */
export type RecordSection = string;

export type InputProblem =
  // Reading a file (any input).
  | { code: "file-missing"; file: string }
  | { code: "file-is-folder"; file: string }
  | { code: "file-no-permission"; file: string }
  | { code: "file-path-not-folder"; file: string }
  | { code: "file-link-loop"; file: string }
  | { code: "file-unreadable"; file: string; fault: SystemFault }
  /** Larger than `limit` bytes; `size` when known up front (not while streaming). */
  | { code: "file-too-large"; file: string; size?: number; limit: number }
  | { code: "file-not-regular"; file: string }
  | { code: "stdin-twice" }
  // Text that is not text.
  | { code: "text-utf16-invalid"; file: string }
  | { code: "text-nul"; file: string }
  | { code: "text-not-utf8"; file: string }
  // Applicant lists.
  | { code: "list-format"; file: string; extension?: string }
  | { code: "list-utf16"; file: string; bom: boolean }
  | { code: "list-zip"; file: string }
  /** An old .xls workbook: named as one, or found inside a file given as CSV. */
  | { code: "list-xls"; file: string; asCsv: boolean }
  /** NUL bytes: on `line` when the decoder knows it. */
  | { code: "list-nul"; file: string; line?: number }
  | { code: "list-binary"; file: string }
  | { code: "list-not-utf8"; file: string }
  /** No header: of the CSV, or of a workbook's sheet. */
  | { code: "list-empty"; file: string; sheet?: string }
  /** A record (quote open) or line longer than `limit` characters. */
  | { code: "csv-record-too-long"; limit: number; quote: boolean }
  | { code: "csv-unclosed-quote" }
  /**
   * Required columns the list lacks: those it has, the sheet read (a
   * workbook), and the other sheets of the workbook with whether some have them.
   */
  | {
      code: "columns-missing";
      missing: readonly string[];
      found: readonly string[];
      sheet?: string;
      others?: { fitting: readonly string[]; all: readonly string[]; option?: string };
    }
  | { code: "no-applicants-section"; program: string }
  | { code: "no-seats-section"; program: string }
  | { code: "no-requirements"; program: string }
  | { code: "no-such-applicant"; id: string; list: string }
  // Workbooks.
  | { code: "xlsx-not-zip"; file: string; oldOrLocked: boolean }
  /** SheetJS or the zip reader refused it; `detail` is the technical why, as found. */
  | { code: "xlsx-damaged"; file: string; damage: XlsxDamage }
  | { code: "xlsx-too-large"; file: string; size: number; limit: number }
  | { code: "xlsx-inflates"; file: string; limit: number }
  | { code: "xlsx-all-hidden"; file: string; sheets: readonly string[] }
  | { code: "xlsx-no-such-sheet"; file: string; sheet: string; sheets: readonly string[] }
  | { code: "xlsx-no-sheets"; file: string }
  | { code: "xlsx-row-beyond"; file: string; sheet: string; row: string; max: number }
  | { code: "xlsx-cell-beyond"; file: string; sheet: string; cell: string; max: number }
  | { code: "xlsx-too-many-rows"; file: string; sheet: string; max: number }
  | {
      code: "xlsx-too-many-cells";
      file: string;
      sheet: string;
      max: number;
      row: number;
      cell?: string;
    }
  // Lists of declined ids.
  | { code: "declined-utf16-invalid"; file: string }
  | { code: "declined-utf16-no-bom"; file: string }
  | { code: "declined-nul" }
  /** Ids of `file` (declined list) that never held a seat, by line; `more` counted by why. */
  | {
      code: "declines-refused";
      file: string;
      shown: readonly { id: string; line: number; why: RefusalReason }[];
      more: readonly { why: RefusalReason; count: number }[];
    }
  // Audit records.
  | { code: "audit-not-text"; file: string; utf16: boolean }
  | { code: "audit-not-json"; file: string }
  | { code: "audit-too-deep"; file: string; depth: number }
  | { code: "audit-not-record"; file: string }
  | { code: "audit-bad-outcome"; file: string; n: number }
  | { code: "audit-bad-class"; file: string; id: string }
  | {
      code: "audit-other-program";
      file: string;
      recorded: string;
      programFile: string;
      program: string;
    }
  /** Its outcomes no longer match their hash (roster, progress). */
  | { code: "audit-edited"; file: string }
  /** Sections no longer matching their hash, where declines start from the record. */
  | { code: "declines-edited"; file: string; sections: readonly RecordSection[] }
  | { code: "declines-other-program"; file: string; recorded: string; program: string }
  | { code: "declines-other-intake"; file: string; recorded?: string; intake?: string }
  | {
      code: "declines-admitted-missing";
      from: string;
      list: string;
      ids: readonly string[];
      count: number;
    }
  | { code: "too-many-kinds"; list: string; limit: number; classes: boolean }
  | {
      code: "audit-inputs-outside";
      file: string;
      inputs: readonly { role: string; recorded: string }[];
      command: string;
    }
  // Letters.
  /** The record does not verify: its declined list is refused, an input changed, or the outcomes differ. */
  | { code: "letters-unverified"; file: string; why: "refused" | "changed" | "differs" }
  | { code: "letters-record-changed"; file: string }
  | { code: "letters-input-changed"; file: string }
  | { code: "letters-applicant-missing"; file: string; id: string }
  | { code: "templates-not-folder"; folder: string }
  | { code: "templates-unreadable"; folder: string; fault: SystemFault }
  | { code: "template-stray"; file: string; names: readonly string[] }
  /**
   * A folder of templates named as a language's would be (`SV`, `nb-NO`,
   * `svenska`) but not by a code cohort reads (core/letters/language-folder.ts):
   * its templates would never be used. `meant`: the code it most likely means.
   */
  | {
      code: "templates-language-unknown";
      folder: string;
      /** The program's template folder it is in. */
      parent: string;
      codes: readonly string[];
      meant?: string;
    }
  /** A folder of templates named by the program's own language, whose templates are the template folder's own files. */
  | { code: "templates-own-language-folder"; folder: string; parent: string }
  | { code: "template-not-utf8"; file: string }
  /** A template that cannot be used, and why (worded in template-faults/<code>.ts). */
  | { code: "template-invalid"; fault: TemplateFault }
  // Rosters and progress.
  | { code: "roster-no-intake"; file: string; program: string }
  | { code: "roster-unknown-intake"; file: string; program: string; intake: string }
  | { code: "roster-unplaced"; file: string; id: string }
  | {
      code: "roster-unknown-class";
      file: string;
      id: string;
      class: string;
      intake: string;
      program: string;
    }
  | { code: "roster-list-outside"; file: string; recorded: string }
  | { code: "roster-no-id-column"; list: string; column: string; program: string }
  | { code: "roster-other-list"; list: string; file: string }
  | { code: "roster-participant-missing"; file: string; id: string; list: string }
  | { code: "progress-columns-missing"; missing: readonly string[] }
  | { code: "progress-too-many"; file: string; max: number }
  // Programs.
  | { code: "program-invalid"; file: string }
  | { code: "program-not-found"; id: string; folder: string; suggestion?: string }
  | { code: "program-ref-folder"; ref: string }
  | { code: "program-id-twice"; id: string; first: string; second: string }
  | { code: "no-program-files"; folder: string }
  | { code: "calendar-empty"; program?: string; from?: string; to?: string }
  | { code: "init-file-exists"; file: string; other?: InitAlternative }
  | { code: "init-id-taken"; file: string; id: string; other: InitAlternative }
  // Writing.
  | { code: "write-failed"; file: string; fault: SystemFault; kept?: boolean }
  | { code: "write-no-permission"; file: string; folder?: string }
  | { code: "write-disk-full"; file: string }
  | { code: "write-no-folder"; file: string; folder: string }
  | { code: "write-path-not-folder"; file: string; folder: string }
  | { code: "write-name-too-long"; file: string }
  | { code: "write-is-folder"; file: string }
  | { code: "write-link-loop"; file: string }
  | { code: "write-locked"; file: string; process?: number; lock: string };

/** Why a declined id cannot decline. */
export type RefusalReason = RefusalWhy;

/**
 * What is damaged in a workbook: the zip archive around it (read by
 * src/io/applicants/xlsx-zip.ts), or the parts SheetJS reads. SheetJS's own
 * words are not among them: they go with the error as its cause, shown
 * under --debug.
 */
export type XlsxDamage =
  | { kind: "no-directory" }
  | { kind: "directory" }
  | { kind: "entry"; entry: string }
  | { kind: "inflate"; entry: string }
  | { kind: "method"; entry: string }
  | { kind: "part-missing"; entry: string }
  | { kind: "contents" }
  /** The part the workbook names for the text of its cells is not in the archive (renamed, removed). */
  | { kind: "shared-strings-missing"; entry: string }
  /** The part the workbook names for one of its sheets is not in the archive. */
  | { kind: "sheet-missing"; entry: string; sheet: string };

/** What cohort init suggests instead of a file or id already taken: the command to run. */
export interface InitAlternative {
  kind: "file" | "id";
  command: string;
}

export type InputProblemCode = InputProblem["code"];

/** The problem of one code, with its params. */
export type InputProblemOf<C extends InputProblemCode> = Extract<InputProblem, { code: C }>;

/** The strings of a problem that name files, folders and inputs: a wrapped line never breaks inside one. */
export const namedInputs = (problem: InputProblem): string[] => {
  const out: string[] = [];
  for (const [key, value] of Object.entries(problem)) {
    if (typeof value === "string" && !SENTENCES.has(key)) out.push(value);
  }
  return out;
};

const SENTENCES = new Set(["code", "detail", "why", "command"]);
