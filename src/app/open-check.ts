/**
 * Program + applicant list + checker, opened together: what check, allocate
 * and verify all start from.
 */
import { columnsRead, type Layout, layoutFor } from "../core/applicants/layout.js";
import { type Checker, createChecker } from "../core/check/verdict.js";
import { type Locale, languageOf } from "../core/language/index.js";
import type { ChosenIntake } from "../core/program/intakes.js";
import type { Program } from "../core/program/schema.js";
import { ExitCode, inputError, usageError } from "../errors.js";
import { openApplicantList } from "../io/applicants/open.js";
import type { ListSource } from "../io/applicants/source.js";
import type { ApplicantList, ReadProgress } from "../io/applicants/types.js";
import { loadProgram } from "../io/load-program.js";
import type { AppContext } from "./context.js";
import { type IntakeOptions, programInUse } from "./intake.js";

export interface OpenedCheck {
  programFile: string;
  /** SHA-256 of the program file's bytes, as read. */
  programSha256: string;
  /** The program, or for a program with intakes the chosen intake's view (its locale `--lang`'s when given). */
  program: Program;
  /** The program file's own `locale`, whatever `--lang` says. */
  ownLocale: Locale;
  /** The intake worked on, when the program has intakes. */
  intake: ChosenIntake | undefined;
  source: ListSource;
  list: ApplicantList;
  layout: Layout;
  checker: Checker;
}

/** A word for the shell: quoted when it holds anything but plain characters. */
const shellWord = (word: string): string =>
  /^[\p{L}\p{N}_@%+=:,./-]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * For a workbook whose sheet lacks the columns: the sheets that have them,
 * and the --sheet that reads one; or that none has.
 */
const otherSheets = (
  program: Program,
  list: ApplicantList,
): { fitting: string[]; all: string[]; option?: string } | undefined => {
  const others = list.otherSheets?.();
  if (!others || others.length === 0) return undefined;
  const fitting = others.filter((s) => layoutFor(program, s.header).ok).map((s) => s.name);
  const all = others.map((s) => s.name);
  return fitting.length === 0 ? { fitting, all } : { fitting, all, option: shellWord(fitting[0]!) };
};

export const openCheck = async (
  context: AppContext,
  programRef: string,
  source: ListSource,
  /** Sees the list's bytes as they are read (for hashing). */
  tap?: (bytes: Uint8Array) => void,
  intakeOptions?: IntakeOptions,
  /** Words the run in this language instead of the program's locale (`--lang`). */
  lang?: Locale,
): Promise<OpenedCheck> => {
  if (programRef === "-" && source.stdin)
    throw usageError("only one of PROGRAM and APPLICANTS can be read from stdin (-)");
  const loaded = await loadProgram(context, programRef);
  const { file: programFile, sha256: programSha256 } = loaded;
  // Eligibility does not depend on classes: the intake's view is checked as a whole.
  const { program: inUse, chosen } = programInUse(
    programFile,
    loaded.program,
    intakeOptions ?? { today: "" },
  );
  const program: Program = lang ? { ...inUse, locale: lang } : inUse;
  if (program.kind === "framework" || !program.applicants) {
    throw inputError({ code: "no-applicants-section", program: programFile });
  }
  const list = await openApplicantList({
    path: source.path,
    cwd: context.cwd,
    display: source.display,
    stdin: context.stdin,
    ...(source.encoding ? { encoding: source.encoding } : {}),
    ...(source.sheet ? { sheet: source.sheet } : {}),
    ...(tap ? { tap } : {}),
    ...(context.onListProgress
      ? { onProgress: (p: ReadProgress) => context.onListProgress?.(p, program.locale) }
      : {}),
  });
  if (list.skippedHidden && list.sheet !== undefined) {
    const words = languageOf(program.locale).warnings;
    context.onNotice?.(
      `${source.display}: ${words.hiddenSheetsSkipped(list.sheet, list.skippedHidden)}`,
    );
  }
  // Choices are read against the classes of the intake worked on.
  const result = layoutFor(program, list.header, chosen?.intake.classes);
  if (!result.ok) {
    const others = otherSheets(program, list);
    throw inputError(
      {
        code: "columns-missing",
        missing: result.missing,
        found: result.found,
        ...(list.sheet !== undefined ? { sheet: list.sheet } : {}),
        ...(others ? { others } : {}),
      },
      { file: source.display, line: list.headerLine },
      { exitCode: ExitCode.problems },
    );
  }
  // Columns no field reads (names, free text) need not be cut out of the text.
  const { layout } = result;
  list.only?.(columnsRead(layout));
  return {
    programFile,
    programSha256,
    program,
    ownLocale: inUse.locale,
    intake: chosen,
    source,
    list,
    layout,
    checker: createChecker(program, layout, chosen?.intake.classes),
  };
};
