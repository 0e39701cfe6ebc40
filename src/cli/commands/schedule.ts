/** cohort schedule [PROGRAM|DIR...]: modules with dates, totals and warnings, in five formats. */
import { scheduleEntries } from "../../app/intake.js";
import { parseIsoDate } from "../../core/calendar/date.js";
import type { Locale } from "../../core/language/index.js";
import { buildSchedule } from "../../core/schedule/schedule.js";
import { SCHEDULE_WARNING_CODES } from "../../core/schedule/warnings.js";
import { ExitCode, inputError, usageError } from "../../errors.js";
import { SCHEDULE_FORMATS, type ScheduleFormat } from "../../format/schedule/index.js";
import { loadPrograms } from "../../io/load-program.js";
import { PROGRAMS_DIR } from "../../io/programs-folder.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { terminalWidth } from "../terminal.js";
import { todayOption } from "../today.js";

interface Options {
  format?: ScheduleFormat;
  from?: string;
  to?: string;
  timeline?: boolean;
  stamp?: string;
  output?: string;
  intake?: string;
  class?: string;
  today?: string;
  lang?: Locale;
}

const STAMP = /^(\d{4})(\d{2})(\d{2})T([01]\d|2[0-3])[0-5]\d[0-5]\dZ$/;

const dateOption = (name: string, value: string | undefined): string | undefined => {
  if (value !== undefined && !parseIsoDate(value))
    throw usageError(`${name} "${value}" is not a date; write YYYY-MM-DD`);
  return value;
};

const stampOption = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  const match = STAMP.exec(value);
  if (!match || !parseIsoDate(`${match[1]}-${match[2]}-${match[3]}`))
    throw usageError(
      `--stamp "${value}" is not a UTC time; write YYYYMMDDTHHMMSSZ, e.g. 20270112T080000Z`,
    );
  return value;
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const format = formatFor<ScheduleFormat>(
    options.format,
    options.output,
    { ".json": "json", ".md": "markdown", ".ics": "ics", ".html": "html", ".htm": "html" },
    "table",
  );
  const from = dateOption("--from", options.from);
  const to = dateOption("--to", options.to);
  if (from && to && from > to) throw usageError(`--from ${from} is after --to ${to}`);
  const stamp = stampOption(options.stamp);
  if (options.timeline && format !== "table")
    throw usageError(
      `--timeline draws in the terminal table; it does not go with --format ${format}`,
    );

  const given = (args[0] as string[] | undefined) ?? [];
  const refs = given.length > 0 ? given : [PROGRAMS_DIR];
  // The schedule shows its own weekend, holiday and overlap warnings: the
  // program's findings of those codes are not repeated on stderr.
  const own: ReadonlySet<string> = new Set(SCHEDULE_WARNING_CODES);
  const loaded = await loadPrograms(
    {
      ...context,
      onProgramWarnings: (file, warnings, locale) =>
        context.onProgramWarnings(
          file,
          warnings.filter((w) => !own.has(w.code)),
          locale,
        ),
    },
    refs,
  );
  // Frameworks have no dates: left out when found in a folder, kept when named.
  const programs = loaded
    .filter((l) => l.named || l.program.kind !== "framework")
    .map((l) => (options.lang ? { ...l, program: { ...l.program, locale: options.lang } } : l));
  if ((options.intake !== undefined || options.class !== undefined) && programs.length !== 1)
    throw usageError(
      `--${options.intake !== undefined ? "intake" : "class"} goes with one program; ${programs.length} were given`,
    );
  const today = todayOption(options.today) ?? context.today;
  const entries = programs.flatMap((l) =>
    scheduleEntries(l.file, l.program, {
      intake: options.intake,
      class: options.class,
      today,
    }),
  );
  const schedule = buildSchedule(entries, { from, to });
  // RFC 5545 wants at least one event in a calendar: say why there is none.
  if (format === "ics" && schedule.programs.every((p) => p.modules.length === 0)) {
    throw inputError(
      {
        code: "calendar-empty",
        ...(programs.length === 1 ? { program: programs[0]!.program.id } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      },
      undefined,
      { exitCode: ExitCode.problems },
    );
  }

  // The table fits the terminal (src/cli/terminal.ts); 100 columns into a file or a pipe.
  const width = terminalWidth(context, options.output);
  const output = SCHEDULE_FORMATS[format](schedule, {
    color: options.output === undefined && context.color.stdout,
    stamp,
    timeline: options.timeline === true,
    width,
  });
  await emit(context, output, options.output, [...loaded.map((l) => l.file), ...refs]);
  return ExitCode.ok;
};
