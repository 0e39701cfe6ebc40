/**
 * Where a program stands on a given day, for `cohort list`. The day is passed
 * in: the core never reads the clock.
 */
import type { IsoDate } from "../calendar/date.js";
import { intakeForDay, intakeLabel, intakeSeats, intakesInOrder } from "../program/intakes.js";
import { modulesInOrder } from "../program/model.js";
import type { Program } from "../program/schema.js";

export const PROGRAM_STATUSES = [
  "upcoming",
  "open for applications",
  "closed",
  "running",
  "completed",
  "framework",
  "paused",
  "under-revision",
  "ended",
  "continuous",
  "undated",
] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export interface ProgramDates {
  opens: IsoDate | undefined;
  deadline: IsoDate | undefined;
  first: IsoDate | undefined;
  last: IsoDate | undefined;
}

export const programDatesOf = (program: Program): ProgramDates => {
  const modules = modulesInOrder(program);
  return {
    opens: program.application?.opens,
    deadline: program.application?.deadline,
    first: modules[0]?.start,
    last: modules.reduce<IsoDate | undefined>(
      (last, m) => (!last || m.end > last ? m.end : last),
      undefined,
    ),
  };
};

/**
 * The status of a program on `today`, first match wins:
 * a framework is `framework`; a program its owner marks paused, under-revision
 * or ended has that status whatever its dates say; then from the dates:
 * `completed` after the last module, `running` from the first module on,
 * `closed` after the deadline, `upcoming` before applications open (or before
 * the first module when there is no application period), `open for
 * applications` up to the deadline; without any dates `continuous` (continuous
 * intake) or `undated`.
 */
export const programStatus = (program: Program, today: IsoDate): ProgramStatus => {
  if (program.kind === "framework") return "framework";
  if (program.status !== "active") return program.status;
  const { opens, deadline, first, last } = programDatesOf(program);
  if (last && today > last) return "completed";
  if (first && today >= first) return "running";
  if (deadline && today > deadline) return "closed";
  if (opens && today < opens) return "upcoming";
  if (deadline || opens) return "open for applications";
  if (first) return "upcoming";
  return program.intake === "continuous" ? "continuous" : "undated";
};

/** One intake of a program in `cohort list`, with where it stands. */
export interface IntakeListEntry extends ProgramDates {
  id: string;
  label: string;
  seats: number | undefined;
  /** The parallel classes: id, site and seats. */
  classes: { id: string; label: string; site: string; seats: number }[];
  status: ProgramStatus;
}

/** One row of `cohort list`. */
export interface ProgramListEntry extends ProgramDates {
  id: string;
  name: string;
  kind: Program["kind"];
  locale: Program["locale"];
  seats: number | undefined;
  status: ProgramStatus;
  /**
   * For a program with intakes: the intake the day chooses (whose dates,
   * seats and status the row shows), and every intake in calendar order.
   */
  intake?: string;
  intakes?: IntakeListEntry[];
}

export const listEntry = (program: Program, today: IsoDate): ProgramListEntry => {
  const chosen = intakeForDay(program, today);
  if (!chosen)
    return {
      id: program.id,
      name: program.name,
      kind: program.kind,
      locale: program.locale,
      seats: program.seats?.total,
      ...programDatesOf(program),
      status: programStatus(program, today),
    };
  return {
    id: program.id,
    name: program.name,
    kind: program.kind,
    locale: program.locale,
    seats: intakeSeats(program, chosen.intake),
    ...programDatesOf(chosen.view),
    status: programStatus(chosen.view, today),
    intake: chosen.intake.id,
    intakes: intakesInOrder(program).map(({ intake, view }) => ({
      id: intake.id,
      label: intakeLabel(intake),
      seats: intakeSeats(program, intake),
      classes: (intake.classes ?? []).map((c) => ({
        id: c.id,
        label: c.label,
        site: c.site,
        seats: c.seats,
      })),
      ...programDatesOf(view),
      status: programStatus(view, today),
    })),
  };
};
