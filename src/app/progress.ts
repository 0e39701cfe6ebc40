/**
 * `cohort progress`: a filled roster read back with the tolerant reader of
 * applicant lists, each participant judged against the program's
 * requirements on a day. The intake is the one named, else the one whose
 * modules run on the day, else the last that has started (else the first).
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { Locale } from "../core/language/index.js";
import { languageOf } from "../core/language/index.js";
import { type CarriedColumn, carriedColumns } from "../core/letters/letter.js";
import { type ChosenIntake, intakeById, intakesInOrder } from "../core/program/intakes.js";
import { modulesInOrder, recordFieldsOf } from "../core/program/model.js";
import type { Program } from "../core/program/schema.js";
import { suggest } from "../core/program/suggest.js";
import { groupsOf } from "../core/progress/groups.js";
import {
  type ParticipantRecord,
  type RosterLayout,
  readParticipant,
  rosterLayout,
} from "../core/progress/read.js";
import { type ProgressReport, progressReport } from "../core/progress/report.js";
import { compileRequirements } from "../core/progress/status.js";
import { inputError, usageError } from "../errors.js";
import { openApplicantList } from "../io/applicants/open.js";
import type { ListSource } from "../io/applicants/source.js";
import { loadProgram } from "../io/load-program.js";
import { readAdmitted } from "./admitted.js";
import type { AppContext } from "./context.js";

export interface ProgressOptions {
  program: string;
  records: ListSource;
  asOf: string;
  intake?: string | undefined;
  lang?: Locale | undefined;
  /** An audit record whose admitted participants the roster must hold (`--audit`). */
  audit?: string | undefined;
}

export interface ProgressRun {
  programFile: string;
  /** The program as judged: the intake's view of it, for a program with intakes. */
  program: Program;
  /** Absolute paths of the files read (program, roster, record): never to be written over. */
  inputs: string[];
  report: ProgressReport;
  /** The rows read, one per participant of the report, in its order. */
  records: ParticipantRecord[];
  layout: RosterLayout;
  /** The row of the roster's header. */
  headerLine: number;
  /** The carried columns (applicants.carry, e-mail, name) and each participant's cells of them. */
  carried: { carry: CarriedColumn[]; emailAt: number; nameAt: number; cells: string[][] };
  /** SHA-256 (hex) of the roster's bytes. */
  sha256: string;
}

/** Rows are read whole; a roster of a program is hundreds of rows, this bound is far above any. */
export const MAX_ROSTER_ROWS = 100_000;

const intakeForProgress = (program: Program, asOf: string): ChosenIntake => {
  const ordered = intakesInOrder(program);
  const span = (c: ChosenIntake) => {
    const modules = modulesInOrder(c.view);
    return modules.length === 0
      ? undefined
      : {
          start: modules[0]!.start,
          end: modules
            .map((m) => m.end)
            .sort()
            .at(-1)!,
        };
  };
  const running = ordered.find((c) => {
    const s = span(c);
    return s !== undefined && s.start <= asOf && asOf <= s.end;
  });
  if (running) return running;
  const started = ordered.filter((c) => {
    const s = span(c);
    return s !== undefined && s.start <= asOf;
  });
  return started.at(-1) ?? ordered[0]!;
};

export const runProgress = async (
  context: AppContext,
  options: ProgressOptions,
): Promise<ProgressRun> => {
  if (options.program === "-" && options.records.stdin)
    throw usageError("only one of PROGRAM and RECORDS can be read from stdin (-)");
  const loaded = await loadProgram(context, options.program);
  const own = loaded.program;
  const recorded =
    options.audit === undefined
      ? undefined
      : await readAdmitted(context, options.audit, own, loaded.file);
  // The record names the intake it allocated.
  const recordedIntake = own.intakes ? recorded?.audit.intake : undefined;
  if (
    recordedIntake !== undefined &&
    options.intake !== undefined &&
    options.intake !== recordedIntake
  )
    throw usageError(
      `${options.audit} is the allocation of intake ${recordedIntake}, not ${options.intake}; leave out --intake or give the record of that intake`,
    );
  const intakeId = options.intake ?? recordedIntake;
  let view: Program = own;
  let chosen: ChosenIntake | undefined;
  if (own.intakes) {
    if (intakeId !== undefined) {
      chosen = intakeById(own, intakeId);
      if (!chosen) {
        const ids = own.intakes.map((i) => i.id);
        throw usageError(`${loaded.file} has no intake "${intakeId}"${suggest(intakeId, ids)}`);
      }
    } else chosen = intakeForProgress(own, options.asOf);
    view = chosen.view;
  } else if (options.intake !== undefined) {
    throw usageError(
      `${loaded.file} has no intakes, so --intake ${options.intake} does not apply to it`,
    );
  }
  if (!view.requirements || view.requirements.length === 0)
    throw inputError({ code: "no-requirements", program: loaded.file });

  const hash = createHash("sha256");
  const list = await openApplicantList({
    tap: (bytes) => hash.update(bytes),
    path: options.records.path,
    cwd: context.cwd,
    display: options.records.display,
    stdin: context.stdin,
    ...(options.records.encoding ? { encoding: options.records.encoding } : {}),
    ...(options.records.sheet ? { sheet: options.records.sheet } : {}),
  });
  if (list.skippedHidden && list.sheet !== undefined) {
    const words = languageOf(options.lang ?? own.locale).warnings;
    context.onNotice?.(
      `${options.records.display}: ${words.hiddenSheetsSkipped(list.sheet, list.skippedHidden)}`,
    );
  }
  // The roster was written in the program's own language, whatever --lang says.
  const rosterWords = languageOf(own.locale).progress;
  const classes = chosen?.intake.classes;
  const layoutResult = rosterLayout(
    {
      idColumn: own.applicants?.id ?? "id",
      classes: classes ? groupsOf(view, classes) : [],
      whole: groupsOf(view, undefined)[0]!,
      fields: recordFieldsOf(own),
      words: rosterWords,
    },
    list.header,
    list.headerLine,
  );
  if (!layoutResult.ok) {
    throw inputError(
      { code: "progress-columns-missing", missing: layoutResult.missing },
      { file: options.records.display, line: list.headerLine },
    );
  }
  const { layout } = layoutResult;
  const { carry, emailAt, nameAt } = own.applicants
    ? carriedColumns(own.applicants, list.header)
    : { carry: [], emailAt: -1, nameAt: -1 };
  const cells: string[][] = [];
  const records: ParticipantRecord[] = [];
  for await (const { records: batch, lines } of list.batches) {
    for (let i = 0; i < batch.length; i++) {
      const row = batch[i]!;
      if (row.every((c) => c.trim() === "")) continue;
      if (records.length >= MAX_ROSTER_ROWS)
        throw inputError({
          code: "progress-too-many",
          file: options.records.display,
          max: MAX_ROSTER_ROWS,
        });
      records.push(readParticipant(layout, row, lines[i]!));
      cells.push(carry.map((c) => (c.index < 0 ? "" : (row[c.index] ?? "").trim())));
    }
  }
  const worded: Program = options.lang ? { ...view, locale: options.lang } : view;
  const report = progressReport({
    program: worded,
    intake: chosen?.intake.id ?? null,
    layout,
    checked: compileRequirements(worded, layout.position),
    records,
    headerProblems: layoutResult.problems,
    asOf: options.asOf,
    ...(recorded
      ? {
          admitted: {
            file: options.audit!,
            classOf: new Map(recorded.admitted.map((a) => [a.id, a.class ?? null])),
          },
        }
      : {}),
  });
  return {
    programFile: loaded.file,
    program: view,
    inputs: [
      resolve(context.cwd, loaded.file),
      ...(options.records.stdin ? [] : [resolve(context.cwd, options.records.path)]),
      ...(recorded ? [recorded.file] : []),
    ],
    report,
    records,
    layout,
    headerLine: list.headerLine,
    carried: { carry, emailAt, nameAt, cells },
    sha256: hash.digest("hex"),
  };
};
