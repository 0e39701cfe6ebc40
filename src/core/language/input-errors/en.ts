import type { RefusalReason } from "../../input-problems.js";
import {
  faultText,
  type InputErrorWords,
  quotedList,
  shownId,
  sizeText,
} from "../input-error-words.js";
import type { InvalidProgramWords } from "../invalid-program-words.js";
import { templateFaultWords } from "../template-fault-words.js";
import { templateFaults } from "../template-faults/en.js";
import { xlsxDamage } from "../xlsx-damage/en.js";
import { xlsxDamageWords } from "../xlsx-damage-words.js";

const q = (names: readonly string[]) => quotedList(names, '"', '"');
/** English shows a fault as the system says it. */
const fault = (f: { code?: string; text: string }) => faultText(f, {} as never);
const n = (count: number) => count.toLocaleString("en-US");
const saveCsv = 'save it as "CSV UTF-8" (or as .xlsx) and try again';
const saveIds = "save it as UTF-8 text (one id per line)";

const WHY: Record<RefusalReason, string> = {
  waitlisted: "is on the waitlist and was never offered a seat",
  ineligible: "is ineligible",
  invalid: "is invalid",
  absent: "is not in the applicant list",
};
const REST: Record<RefusalReason, string> = {
  waitlisted: "on the waitlist",
  ineligible: "ineligible",
  invalid: "invalid",
  absent: "not in the applicant list",
};

export const inputErrors: InputErrorWords = {
  "file-missing": (p) => `no such file: ${p.file}`,
  "file-is-folder": (p) => `${p.file} is a folder, not a file`,
  "file-no-permission": (p) => `no permission to read ${p.file}`,
  "file-path-not-folder": (p) => `${p.file}: a part of the path is not a folder`,
  "file-link-loop": (p) =>
    `cannot read ${p.file}: too many symbolic links on the way (a link that leads back to itself?)`,
  "file-unreadable": (p) => `cannot read ${p.file}: ${fault(p.fault)}`,
  "file-too-large": (p) =>
    `${p.file} is ${p.size === undefined ? "" : `${sizeText(p.size, p.limit, false)}, `}more than the ${sizeText(p.limit, p.limit, false, true)} a file of this kind may have; is it the right file?`,
  "file-not-regular": (p) =>
    `${p.file} is not a regular file (a pipe?), and its hash needs a second reading; save it to a file first, or pipe a list to - (stdin)`,
  "stdin-twice": () => "stdin (-) can be read only once",
  "text-utf16-invalid": (p) =>
    `${p.file} looks like UTF-16 text but is not valid UTF-16; save it as UTF-8`,
  "text-nul": (p) => `${p.file} is not a text file (it holds NUL bytes)`,
  "text-not-utf8": (p) => `${p.file} is not valid UTF-8; save it as UTF-8`,
  "list-format": (p) =>
    `unsupported format ${p.extension ? `"${p.extension}"` : "(no extension)"} of ${p.file}; an applicant list is a .csv, .tsv or .xlsx file, or - for CSV on stdin`,
  "list-utf16": (p) =>
    `${p.file} ${p.bom ? "is" : "looks like"} UTF-16 text, which cohort does not read; ${saveCsv}`,
  "list-zip": (p) =>
    `${p.file} is a zip file, not CSV text; if it is an Excel workbook, give it the extension .xlsx`,
  "list-xls": (p) =>
    `${p.file} is an old Excel (.xls) workbook; ${p.asCsv ? saveCsv : "save it as .xlsx or CSV"}`,
  "list-nul": (p) =>
    `${p.file} is not a text file (it holds ${p.line === undefined ? "NUL bytes" : `a NUL byte on line ${p.line}`}); is it the right file?`,
  "list-binary": (p) =>
    `${p.file} is not a text file (it holds binary data); is it the right file?`,
  "list-not-utf8": (p) =>
    `${p.file} is not valid UTF-8; if it was saved by an older Excel, try --encoding windows-1252`,
  "list-empty": (p) =>
    p.sheet === undefined
      ? `${p.file} is empty: there is no header line`
      : `sheet "${p.sheet}" of ${p.file} is empty: there is no header row`,
  "csv-record-too-long": (p) =>
    p.quote
      ? `a record longer than ${p.limit / 2 ** 20} million characters starts here; most likely a quote (") that opens a field is never closed`
      : `a line longer than ${p.limit / 2 ** 20} million characters starts here, more than an applicant list has; is it the right file?`,
  "csv-unclosed-quote": () =>
    'a quoted field starts here but its closing quote (") is missing before the end of the file',
  "columns-missing": (p) => {
    const where = p.sheet === undefined ? "the list" : `the sheet "${p.sheet}"`;
    let hint = "";
    if (p.others && p.others.all.length > 0) {
      const { fitting, all, option } = p.others;
      if (fitting.length === 0)
        hint = `; no other sheet of the workbook (${q(all)}) has them either`;
      else {
        const names = fitting.map((f) => `"${f}"`);
        const named =
          fitting.length === 1
            ? `the sheet ${names[0]} has them`
            : `the sheets ${names.slice(0, -1).join(", ")} and ${names.at(-1)} have them`;
        hint = `; ${named}: ${fitting.length === 1 ? "read it" : "name one"} with --sheet ${option}`;
      }
    }
    return `missing required ${p.missing.length === 1 ? "column" : "columns"} ${q(p.missing)}; ${where} has ${q(p.found) || "no columns"}${hint}`;
  },
  "no-applicants-section": (p) =>
    `${p.program} declares no applicants section, so there is nothing to check a list against`,
  "no-seats-section": (p) =>
    `${p.program} declares no seats section, so there is nothing to allocate`,
  "no-requirements": (p) => `${p.program} states no requirements, so there is nothing to check`,
  "no-such-applicant": (p) => `no applicant with id "${p.id}" in ${p.list}`,
  "xlsx-not-zip": (p) =>
    `${p.file} is not an .xlsx workbook: ${p.oldOrLocked ? "it is an old .xls workbook or a password-protected one; save it as .xlsx without a password" : "an .xlsx file is a zip archive; is this one a CSV with the wrong extension?"}`,
  "xlsx-damaged": (p) =>
    `${p.file} could not be read as an Excel workbook: ${xlsxDamageWords(xlsxDamage, p.damage)}`,
  "xlsx-too-large": (p) =>
    `${p.file} is ${(p.size / 1e6).toFixed(1)} MB; a workbook is read whole into memory, so cohort reads .xlsx files up to ${p.limit / 1e6} MB; save a list this large as CSV, which streams`,
  "xlsx-inflates": (p) =>
    `${p.file} inflates to more than ${p.limit / 2 ** 20} MiB, more than a workbook of applicants may hold; is it the right file?`,
  "xlsx-all-hidden": (p) =>
    `${p.file} has no visible sheet (its sheets ${q(p.sheets)} are all hidden); name the one to read with --sheet`,
  "xlsx-no-such-sheet": (p) =>
    `${p.file} has no sheet named "${p.sheet}"; its sheets are ${q(p.sheets)}`,
  "xlsx-no-sheets": (p) => `${p.file} has no sheets`,
  "xlsx-row-beyond": (p) =>
    `${p.file}: sheet "${p.sheet}" has a row numbered ${p.row}, beyond the ${n(p.max)} rows a workbook can have; the file was not written by Excel or is damaged`,
  "xlsx-cell-beyond": (p) =>
    `${p.file}: sheet "${p.sheet}" has a cell at ${p.cell}, beyond the last row (${n(p.max)}) or column (XFD) a workbook can have; the file was not written by Excel or is damaged`,
  "xlsx-too-many-rows": (p) =>
    `sheet "${p.sheet}" of ${p.file} has more than the ${n(p.max)} rows a workbook can have`,
  "xlsx-too-many-cells": (p) =>
    p.cell === undefined
      ? `sheet "${p.sheet}" of ${p.file} has more than ${n(p.max)} cells up to row ${p.row}, more than a list of applicants needs; are there cells far right of the list? Save only the list`
      : `${p.file}: sheet "${p.sheet}" has more than ${n(p.max)} cells up to row ${p.row}, more than a list of applicants needs; are there cells far right of the list (${p.cell})? Save only the list`,
  "declined-utf16-invalid": (p) =>
    `${p.file} starts as UTF-16 text but is not valid UTF-16; ${saveIds}`,
  "declined-utf16-no-bom": (p) =>
    `${p.file} looks like UTF-16 text without a byte-order mark; ${saveIds}`,
  "declined-nul": () => "a NUL byte: this is not a text file of ids; is it the right file?",
  "declines-refused": (p) => {
    const lines = p.shown.map(({ id, line, why }) => `line ${line}: ${shownId(id)} ${WHY[why]}`);
    if (p.more.length > 0) {
      const total = p.more.reduce((sum, m) => sum + m.count, 0);
      lines.push(
        `… and ${total} more (${p.more.map((m) => `${m.count} ${REST[m.why]}`).join(", ")})`,
      );
    }
    return `${p.file}: only admitted applicants can decline:\n  ${lines.join("\n  ")}`;
  },
  "audit-not-text": (p) =>
    `${p.file} is not an audit record: it is not ${p.utf16 ? "valid UTF-16" : "UTF-8"} text (cohort allocate --audit writes one)`,
  "audit-not-json": (p) =>
    `${p.file} is not an audit record: it is not JSON (cohort allocate --audit writes one)`,
  "audit-too-deep": (p) =>
    `${p.file} is not a cohort audit record: it nests deeper than ${p.depth} levels`,
  "audit-not-record": (p) => `${p.file} is not a cohort audit record (version 1 or 2)`,
  "audit-bad-outcome": (p) => `${p.file}: outcome ${p.n} is not an applicant's outcome`,
  "audit-bad-class": (p) => `${p.file}: the class of applicant ${p.id} is not a class id`,
  "audit-other-program": (p) =>
    `${p.file} is an allocation of the program "${p.recorded}", not of ${p.programFile} ("${p.program}")`,
  "audit-edited": (p) =>
    `${p.file} has been edited since it was written (its outcomes no longer match their SHA-256); cohort verify ${p.file} shows more`,
  "declines-edited": (p) =>
    `${p.file} has been edited since it was written (its ${p.sections.join(", ")} ${p.sections.length === 1 ? "section does" : "sections do"} not match the record's SHA-256); declines start only from an intact record: cohort verify ${p.file}`,
  "declines-other-program": (p) =>
    `${p.file} is the audit record of ${p.recorded}, not of ${p.program}: declines start from a decision of the same program`,
  "declines-other-intake": (p) =>
    `${p.file} is the audit record of intake ${p.recorded ?? "(none)"}, not of intake ${p.intake ?? "(none)"}: name the intake with --intake ${p.recorded ?? ""}`.trimEnd(),
  "declines-admitted-missing": (p) =>
    `${p.count} applicant${p.count === 1 ? "" : "s"} admitted in ${p.from} ${p.count === 1 ? "is" : "are"} not an eligible applicant of ${p.list} now (${p.ids.join(", ")}${p.count > p.ids.length ? ` and ${p.count - p.ids.length} more` : ""}); an admission is never undone, so nothing was allocated: restore their rows, or allocate afresh without --from`,
  "too-many-kinds": (p) =>
    p.classes
      ? `${p.list} has more than ${p.limit} kinds of applicants for the classes (each distinct combination of quota, spread value and choice list is one), the most an allocation with classes takes; fewer distinct choice lists (at most three choices each, of classes or sites) stay far below it`
      : `${p.list} has more than ${p.limit} kinds of applicants (each distinct combination of quota and spread values is one), the most an allocation with several spread fields takes; spread fewer fields, or fields with fewer values`,
  "audit-inputs-outside": (p) =>
    [
      `${p.file} names input files outside its own folder, and verify opens those only when they are named on the command line:`,
      ...p.inputs.map((i) => `  ${i.role} file ${JSON.stringify(i.recorded)}`),
      `if these are the right files, name them: ${p.command}`,
    ].join("\n"),
  "letters-unverified": (p) =>
    `${p.file} does not verify (${p.why === "refused" ? "its declined list is refused" : p.why === "changed" ? "an input has changed" : "the outcomes differ"}), so no letters were written; cohort verify ${p.file} shows why`,
  "letters-record-changed": (p) =>
    `${p.file} changed while the letters were being prepared; run again`,
  "letters-input-changed": (p) =>
    `an input of ${p.file} changed while the letters were being prepared; run again`,
  "letters-applicant-missing": (p) =>
    `the applicant ${p.id} of ${p.file} is not in its list as recorded; cohort verify ${p.file}`,
  "templates-not-folder": (p) => `${p.folder} is not a folder of letter templates`,
  "templates-unreadable": (p) =>
    `cannot read the letter templates in ${p.folder}: ${fault(p.fault)}`,
  "template-stray": (p) =>
    `${p.file} is not a letter template name; the names are ${p.names.join(", ")}`,
  "templates-language-unknown": (p) =>
    `${p.folder} holds templates, but its name is not a language code cohort knows (${p.codes.join(", ")}), so they would never be used; ${p.meant ? `rename the folder ${p.meant}` : `rename it to the code of the language they are written in, or move it out of ${p.parent}`}`,
  "templates-own-language-folder": (p) =>
    `${p.folder} holds templates, but it is named after the program's own language, whose templates are read from ${p.parent} itself, so they would never be used; move them up into ${p.parent}`,
  "template-not-utf8": (p) => `${p.file} is not UTF-8 text; save it as UTF-8`,
  "template-invalid": (p) => templateFaultWords(templateFaults, p.fault),
  "roster-no-intake": (p) => `${p.file} names no intake, but ${p.program} has intakes`,
  "roster-unknown-intake": (p) => `${p.program} has no intake "${p.intake}", which ${p.file} names`,
  "roster-unplaced": (p) => `${p.file} places some participants in classes but not ${p.id}`,
  "roster-unknown-class": (p) =>
    `${p.file} places ${p.id} in class "${p.class}", which intake ${p.intake} of ${p.program} does not have`,
  "roster-list-outside": (p) =>
    `${p.file} names its applicant list ${JSON.stringify(p.recorded)} outside its own folder, and roster opens that only when it is named: give --applicants FILE`,
  "roster-no-id-column": (p) =>
    `${p.list} has no column "${p.column}", the id column of ${p.program}`,
  "roster-other-list": (p) =>
    `${p.list} is not the applicant list ${p.file} was made from (its SHA-256 differs); the roster's names and e-mail addresses must come from that list`,
  "roster-participant-missing": (p) => `the participant ${p.id} of ${p.file} is not in ${p.list}`,
  "progress-columns-missing": (p) =>
    `missing ${p.missing.length === 1 ? "column" : "columns"} ${q(p.missing)}; cohort roster writes every column progress reads`,
  "progress-too-many": (p) =>
    `${p.file} has more than ${n(p.max)} participants; a roster is one intake's`,
  "program-invalid": (p) => `${p.file} is not a valid program file`,
  "program-not-found": (p) =>
    `no such file or program id: ${p.id} (program ids are looked up in ${p.folder}/)${p.suggestion === undefined ? "" : `; did you mean "${p.suggestion}"?`}`,
  "program-ref-folder": (p) => `${p.ref} is a folder; name one program file or program id`,
  "program-id-twice": (p) => `program id "${p.id}" is used by both ${p.first} and ${p.second}`,
  "no-program-files": (p) => `no program files (*.yaml, *.yml) in ${p.folder}`,
  "calendar-empty": (p) =>
    `no calendar written: ${p.program === undefined ? "the programs have" : `${p.program} has`} no modules with dates${p.from !== undefined || p.to !== undefined ? ` between ${p.from ?? "the start"} and ${p.to ?? "the end"}` : ""}, and a calendar needs at least one event`,
  "init-file-exists": (p) =>
    `${p.file} already exists, and cohort init never overwrites a file${p.other ? `. Choose another ${p.other.kind}, for example: ${p.other.command}` : ""}`,
  "init-id-taken": (p) =>
    `${p.file} already has the program id "${p.id}", and ids must be unique in a folder. Choose another ${p.other.kind}, for example: ${p.other.command}`,
  "write-failed": (p) =>
    `cannot write ${p.file}: ${fault(p.fault)}${p.kept ? "; the file was left as it was" : ""}`,
  "write-no-permission": (p) =>
    p.folder === undefined
      ? `no permission to write ${p.file}`
      : `cannot write ${p.file}: no permission to write in ${p.folder}`,
  "write-disk-full": (p) => `cannot write ${p.file}: the disk is full`,
  "write-no-folder": (p) => `cannot write ${p.file}: the folder ${p.folder} does not exist`,
  "write-path-not-folder": (p) =>
    `cannot write ${p.file}: a part of the path ${p.folder} is not a folder`,
  "write-name-too-long": (p) => `cannot write ${p.file}: the file name is too long`,
  "write-is-folder": (p) => `cannot write ${p.file}: it is a folder`,
  "write-link-loop": (p) => `cannot write ${p.file}: too many symbolic links on the way`,
  "write-locked": (p) =>
    `cannot write ${p.file}: another cohort run${p.process === undefined ? "" : ` (process ${p.process})`} is writing it; try again when it has finished (if none is running, remove ${p.lock})`,
};

export const invalidProgram: InvalidProgramWords = {
  heading: (file, errors) =>
    `${file} is not a valid program file (${errors} error${errors === 1 ? "" : "s"}):`,
  more: (count) => `… and ${count} more`,
  validate: (command) => `Run ${command} to see every finding.`,
};
