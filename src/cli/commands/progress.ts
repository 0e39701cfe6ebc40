/** cohort progress PROGRAM RECORDS: each participant's standing against the requirements. */
import { runProgress } from "../../app/progress.js";
import { parseIsoDate } from "../../core/calendar/date.js";
import type { Locale } from "../../core/language/index.js";
import { progressClean } from "../../core/progress/report.js";
import { ExitCode, usageError } from "../../errors.js";
import { PROGRESS_FORMATS } from "../../format/progress/index.js";
import type { ProgressFormat } from "../../format/progress/names.js";
import { problemLines, progressSummaryLine } from "../../format/progress/problems.js";
import { listSource } from "../../io/applicants/source.js";
import type { CsvEncoding } from "../../io/applicants/types.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { stderrWidth, terminalWidth } from "../terminal.js";

interface Options {
  format?: ProgressFormat;
  output?: string;
  asOf?: string;
  intake?: string;
  lang?: Locale;
  excel?: boolean;
  encoding?: CsvEncoding;
  sheet?: string;
  audit?: string;
}

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const [program, records] = args as [string, string];
  if (options.asOf !== undefined && !parseIsoDate(options.asOf))
    throw usageError(`--as-of "${options.asOf}" is not a date; write YYYY-MM-DD`);
  const toFile = options.output !== undefined && options.output !== "-";
  const format = formatFor<ProgressFormat>(
    options.format,
    options.output,
    { ".json": "json", ".csv": "csv", ".xlsx": "xlsx", ".txt": "table" },
    context.stdout.isTTY ? "table" : "csv",
  );
  if (format === "xlsx" && !toFile && context.stdout.isTTY)
    throw usageError("xlsx is a binary format: write it to a file with -o progress.xlsx");
  const source = listSource(records, options);
  const { programFile, report } = await runProgress(context, {
    audit: options.audit,
    program,
    records: source,
    asOf: options.asOf ?? context.today,
    intake: options.intake,
    lang: options.lang,
  });
  await emit(
    context,
    PROGRESS_FORMATS[format](report, {
      color: false,
      ...(options.excel ? { excel: true } : {}),
      width: terminalWidth(context, options.output),
    }),
    options.output,
    [programFile, records, ...(options.audit ? [options.audit] : [])],
  );
  // Located problems show even with -q: they decide the exit code.
  const width = stderrWidth(context);
  context.stderr.write(problemLines(report, source.display, width));
  const tableOnScreen = format === "table" && !toFile;
  if (!context.quiet && !tableOnScreen) context.stderr.write(progressSummaryLine(report, width));
  return progressClean(report) ? ExitCode.ok : ExitCode.problems;
};
