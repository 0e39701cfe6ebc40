/**
 * Intakes and their classes. A program that runs again keeps its rules,
 * texts, quotas and spread once and lists its intakes; every command works on
 * one intake at a time, seen as a program of its own (the intake's view): the
 * top level with the intake's application window, modules and seats put in.
 * A class's view is its intake's view with the class's own modules, when it
 * has them. Pure: the day to choose by is passed in.
 */
import type { IsoDate } from "../calendar/date.js";
import { modulesInOrder } from "./model.js";
import type { Intake, Program, ProgramClass } from "./schema.js";

/** The intake's own keys put into the top level; `intakes` is left out of the view. */
export const intakeView = (program: Program, intake: Intake): Program => {
  const { intakes: _, ...rest } = program;
  const application =
    intake.application || program.application
      ? { ...program.application, ...intake.application }
      : undefined;
  const seats =
    program.seats && intake.seats !== undefined
      ? { ...program.seats, total: intake.seats }
      : program.seats;
  const modules = intake.modules ?? program.modules;
  const view: Program = { ...rest };
  const illustrative = illustrativeOf(
    program.illustrative,
    `intakes.${program.intakes?.indexOf(intake) ?? -1}`,
  );
  if (illustrative) view.illustrative = illustrative;
  if (application) view.application = application;
  else delete view.application;
  if (seats) view.seats = seats;
  if (modules) view.modules = modules;
  else delete view.modules;
  return view;
};

/**
 * The `illustrative` marks of a view: "intakes.1.modules" is the view's
 * "modules"; marks of other intakes are left out; the whole intake marked
 * marks its window and dates.
 */
const illustrativeOf = (
  marks: readonly string[] | undefined,
  prefix: string,
): string[] | undefined => {
  if (!marks) return undefined;
  return marks.flatMap((mark) => {
    if (mark === "intakes" || mark === prefix) return ["application", "modules", "seats.total"];
    if (mark.startsWith(`${prefix}.`)) {
      const key = mark.slice(prefix.length + 1);
      return key === "seats" ? ["seats.total"] : [key];
    }
    return mark.startsWith("intakes.") ? [] : [mark];
  });
};

/** A class's view: its intake's view with the class's own modules, when it has them. */
export const classView = (intakeProgram: Program, cls: ProgramClass, index: number): Program => {
  if (!cls.modules) return intakeProgram;
  const prefix = `classes.${index}`;
  const marks = (intakeProgram.illustrative ?? []).flatMap((mark) =>
    mark === "classes" || mark === prefix || mark === `${prefix}.modules`
      ? ["modules"]
      : mark.startsWith(`${prefix}.modules.`)
        ? [mark.slice(prefix.length + 1)]
        : mark === "modules" || mark.startsWith("modules.")
          ? []
          : [mark],
  );
  return { ...intakeProgram, modules: cls.modules, illustrative: marks };
};

/** The seats an intake has: its own, else seats.total; undefined when the program has neither. */
export const intakeSeats = (program: Program, intake: Intake): number | undefined =>
  intake.seats ?? program.seats?.total;

/** The day an intake is placed in calendar order by: its window, else its first module. */
const startOf = (view: Program): IsoDate | undefined =>
  view.application?.opens ?? view.application?.deadline ?? modulesInOrder(view)[0]?.start;

/** Whether the intake's application window holds `today` (a window needs a day at either end). */
export const windowOpen = (view: Program, today: IsoDate): boolean => {
  const { opens, deadline } = view.application ?? {};
  if (opens === undefined && deadline === undefined) return false;
  return (opens === undefined || opens <= today) && (deadline === undefined || today <= deadline);
};

/** Why an intake was chosen, for messages and `list`. */
export type IntakeChoice = "named" | "open" | "next" | "last";

export interface ChosenIntake {
  intake: Intake;
  /** Position in the file's `intakes` list. */
  index: number;
  view: Program;
  why: IntakeChoice;
}

/**
 * The intakes in calendar order (by window, then first module; file order
 * among equals and after the dated ones).
 */
export const intakesInOrder = (program: Program): ChosenIntake[] =>
  (program.intakes ?? [])
    .map((intake, index) => ({
      intake,
      index,
      view: intakeView(program, intake),
      why: "named" as IntakeChoice,
    }))
    .map((c) => ({ ...c, start: startOf(c.view) }))
    .sort((a, b) =>
      a.start === b.start
        ? a.index - b.index
        : a.start === undefined
          ? 1
          : b.start === undefined
            ? -1
            : a.start < b.start
              ? -1
              : 1,
    )
    .map(({ start: _, ...c }) => c);

/**
 * The intake a command works on without `--intake`: the one whose application
 * window is open on `today` (the earliest, if several are), else the next one
 * to start, else the last. Undefined for a program without intakes.
 */
export const intakeForDay = (program: Program, today: IsoDate): ChosenIntake | undefined => {
  const ordered = intakesInOrder(program);
  if (ordered.length === 0) return undefined;
  const open = ordered.find((c) => windowOpen(c.view, today));
  if (open) return { ...open, why: "open" };
  const next = ordered.find((c) => {
    const start = startOf(c.view);
    return start !== undefined && start > today;
  });
  if (next) return { ...next, why: "next" };
  return { ...ordered[ordered.length - 1]!, why: "last" };
};

/** The intake with this id, when the program has it. */
export const intakeById = (program: Program, id: string): ChosenIntake | undefined => {
  const index = (program.intakes ?? []).findIndex((i) => i.id === id);
  if (index < 0) return undefined;
  const intake = program.intakes![index]!;
  return { intake, index, view: intakeView(program, intake), why: "named" };
};

export const intakeIds = (program: Program): string[] => (program.intakes ?? []).map((i) => i.id);

export const intakeLabel = (intake: Intake): string => intake.label ?? intake.id;
