/** cohort list [DIR]: one row per program with its dates and where it stands today. */
import type { Locale } from "../../core/language/index.js";
import { listEntry } from "../../core/schedule/status.js";
import { ExitCode } from "../../errors.js";
import { LIST_FORMATS, type ListFormat } from "../../format/list/index.js";
import { loadPrograms } from "../../io/load-program.js";
import { PROGRAMS_DIR } from "../../io/programs-folder.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { terminalWidth } from "../terminal.js";
import { todayOption } from "../today.js";

interface Options {
  format?: ListFormat;
  today?: string;
  lang?: Locale;
  output?: string;
}

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const today = todayOption(options.today) ?? context.today;
  const given = (args[0] as string[] | undefined) ?? [];
  const refs = given.length > 0 ? given : [PROGRAMS_DIR];
  const loaded = await loadPrograms(context, refs);
  const report = {
    today,
    programs: loaded.map((l) => ({ ...listEntry(l.program, today), file: l.file })),
    ...(options.lang ? { lang: options.lang } : {}),
  };
  const format = formatFor<ListFormat>(
    options.format,
    options.output,
    { ".json": "json" },
    "table",
  );
  const output = LIST_FORMATS[format](report, {
    color: options.output === undefined && context.color.stdout,
    width: terminalWidth(context, options.output),
  });
  await emit(context, output, options.output, [...loaded.map((l) => l.file), ...refs]);
  return ExitCode.ok;
};
