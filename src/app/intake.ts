/**
 * Which intake of a program a command works on: `--intake ID`, or else the
 * one the day chooses (src/core/program/intakes.ts). A program without
 * intakes is used as it is.
 */
import {
  type ChosenIntake,
  classView,
  intakeById,
  intakeForDay,
  intakeIds,
  intakeLabel,
} from "../core/program/intakes.js";
import type { Program, ProgramClass } from "../core/program/schema.js";
import { suggest } from "../core/program/suggest.js";
import type { ScheduleInput } from "../core/schedule/schedule.js";
import { usageError } from "../errors.js";

export interface IntakeOptions {
  /** `--intake`, as given. */
  intake?: string | undefined;
  /** The day to choose by when no intake is named (YYYY-MM-DD). */
  today: string;
}

export interface ProgramInUse {
  /** The program to work on: the intake's view, or the program itself. */
  program: Program;
  /** The chosen intake, when the program has intakes. */
  chosen: ChosenIntake | undefined;
}

const known = (ids: readonly string[]): string =>
  ids.length === 0 ? "" : ` (it has ${ids.map((id) => `"${id}"`).join(", ")})`;

export const programInUse = (
  file: string,
  program: Program,
  options: IntakeOptions,
): ProgramInUse => {
  if (!program.intakes) {
    if (options.intake !== undefined)
      throw usageError(
        `${file} has no intakes, so --intake ${options.intake} does not apply to it`,
      );
    return { program, chosen: undefined };
  }
  if (options.intake !== undefined) {
    const chosen = intakeById(program, options.intake);
    if (!chosen) {
      const ids = intakeIds(program);
      throw usageError(
        `${file} has no intake "${options.intake}"${known(ids)}${suggest(options.intake, ids)}`,
      );
    }
    return { program: chosen.view, chosen };
  }
  const chosen = intakeForDay(program, options.today)!;
  return { program: chosen.view, chosen };
};

/** The class named by `--class` in the chosen intake. */
export const classInUse = (file: string, inUse: ProgramInUse, id: string): ProgramClass => {
  const { chosen } = inUse;
  if (!chosen) throw usageError(`${file} has no intakes and so no classes; leave out --class`);
  const classes = chosen.intake.classes ?? [];
  const cls = classes.find((c) => c.id === id);
  if (cls) return cls;
  if (classes.length === 0)
    throw usageError(`intake ${chosen.intake.id} of ${file} has no classes; leave out --class`);
  const ids = classes.map((c) => c.id);
  throw usageError(
    `intake ${chosen.intake.id} of ${file} has no class "${id}"${known(ids)}${suggest(id, ids)}`,
  );
};

/** What a schedule shows of one program: the program, or its intake, or each class of the intake. */
export const scheduleEntries = (
  file: string,
  program: Program,
  options: IntakeOptions & { class?: string | undefined },
): ScheduleInput[] => {
  const inUse = programInUse(file, program, options);
  const { chosen } = inUse;
  if (!chosen) {
    if (options.class !== undefined) classInUse(file, inUse, options.class);
    return [{ file, program }];
  }
  const intake = { id: chosen.intake.id, label: intakeLabel(chosen.intake) };
  const classes =
    options.class !== undefined
      ? [classInUse(file, inUse, options.class)]
      : (chosen.intake.classes ?? []);
  if (classes.length === 0) return [{ file, program: inUse.program, intake }];
  return classes.map((c) => ({
    file,
    program: classView(inUse.program, c, chosen.intake.classes!.indexOf(c)),
    intake,
    class: { id: c.id, label: c.label, site: c.site, seats: c.seats },
  }));
};
