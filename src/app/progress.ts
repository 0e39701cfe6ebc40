/**
 * `cohort progress`: a filled roster read back with the tolerant reader of
 * applicant lists, each participant judged against the program's
 * requirements on a day. The intake is the one named, else the one whose
 * modules run on the day, else the last that has started (else the first).
 */
import type { Locale } from "../core/language/index.js";
import { languageOf } from "../core/language/index.js";
import { type ChosenIntake, intakeById, intakesInOrder } from "../core/program/intakes.js";
import { modulesInOrder, recordFieldsOf } from "../core/program/model.js";
import type { Program } from "../core/program/schema.js";
import { suggest } from "../core/program/suggest.js";
import { groupsOf } from "../core/progress/groups.js";
import { type ParticipantRecord, readParticipant, rosterLayout } from "../core/progress/read.js";
import { type ProgressReport, progressReport } from "../core/progress/report.js";
import { compileRequirements } from "../core/progress/status.js";
import { inputError, usageError } from "../errors.js";
import { openApplicantList } from "../io/applicants/open.js";
import type { ListSource } from "../io/applicants/source.js";
import { loadProgram } from "../io/load-program.js";
import type { AppContext } from "./context.js";

export interface ProgressOptions {
  program: string;
  records: ListSource;
  asOf: string;
  intake?: string | undefined;
  lang?: Locale | undefined;
}

export interface ProgressRun {
  programFile: string;
  report: ProgressReport;
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
  let view: Program = own;
  let chosen: ChosenIntake | undefined;
  if (own.intakes) {
    if (options.intake !== undefined) {
      chosen = intakeById(own, options.intake);
      if (!chosen) {
        const ids = own.intakes.map((i) => i.id);
        throw usageError(
          `${loaded.file} has no intake "${options.intake}"${suggest(options.intake, ids)}`,
        );
      }
    } else chosen = intakeForProgress(own, options.asOf);
    view = chosen.view;
  } else if (options.intake !== undefined) {
    throw usageError(
      `${loaded.file} has no intakes, so --intake ${options.intake} does not apply to it`,
    );
  }
  if (!view.requirements || view.requirements.length === 0)
    throw inputError(`${loaded.file} states no requirements, so there is nothing to check`);

  const list = await openApplicantList({
    path: options.records.path,
    cwd: context.cwd,
    display: options.records.display,
    stdin: context.stdin,
    ...(options.records.encoding ? { encoding: options.records.encoding } : {}),
    ...(options.records.sheet ? { sheet: options.records.sheet } : {}),
  });
  if (list.notice) context.onNotice?.(`${options.records.display}: ${list.notice}`);
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
    const plural = layoutResult.missing.length === 1 ? "column" : "columns";
    throw inputError(
      `missing ${plural} ${layoutResult.missing.map((m) => `"${m}"`).join(", ")}; cohort roster writes every column progress reads`,
      { file: options.records.display, line: list.headerLine },
    );
  }
  const { layout } = layoutResult;
  const records: ParticipantRecord[] = [];
  for await (const { records: batch, lines } of list.batches) {
    for (let i = 0; i < batch.length; i++) {
      const cells = batch[i]!;
      if (cells.every((c) => c.trim() === "")) continue;
      if (records.length >= MAX_ROSTER_ROWS)
        throw inputError(
          `${options.records.display} has more than ${MAX_ROSTER_ROWS.toLocaleString("en")} participants; a roster is one intake's`,
        );
      records.push(readParticipant(layout, cells, lines[i]!));
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
  });
  return { programFile: loaded.file, report };
};
