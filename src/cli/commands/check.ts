/** cohort check PROGRAM APPLICANTS: a verdict for every applicant, streamed. */
import { carryFor, NO_CARRY } from "../../app/carry.js";
import { checkRun, explainApplicant } from "../../app/check.js";
import { openCheck } from "../../app/open-check.js";
import type { Locale } from "../../core/language/index.js";
import { ExitCode, usageError } from "../../errors.js";
import { missingCarriedText } from "../../format/carried.js";
import { formatExplanation } from "../../format/check/explain.js";
import { CHECK_FORMATS, type CheckFormat } from "../../format/check/index.js";
import { checkSummaryLine } from "../../format/check/summary.js";
import { teamNoteLines } from "../../format/check/team-notes.js";
import { listSource } from "../../io/applicants/source.js";
import type { CsvEncoding } from "../../io/applicants/types.js";
import { rowTextFor } from "../check-row-text.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { type ReadMeter, readMeter } from "../read-meter.js";
import { fitStderr, stderrWidth, terminalFit, terminalWidth } from "../terminal.js";
import { todayOption } from "../today.js";

interface Options {
  excel?: boolean;
  format?: CheckFormat;
  output?: string;
  explain?: string;
  encoding?: CsvEncoding;
  sheet?: string;
  intake?: string;
  today?: string;
  lang?: Locale;
  carry?: string[];
  all?: boolean;
}

export const run = async (
  args: unknown[],
  options: Options,
  given: CommandContext,
): Promise<number> => {
  const meter = readMeter(given);
  try {
    return await check(args, options, meter.context, meter);
  } finally {
    meter.stop();
  }
};

const check = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
  meter: ReadMeter,
): Promise<number> => {
  const [programRef, applicants] = args as [string, string];
  if (
    options.format === "xlsx" &&
    (options.output === undefined || options.output === "-") &&
    context.stdout.isTTY
  ) {
    throw usageError("xlsx is a binary format: write it to a file with -o result.xlsx");
  }
  const opened = await openCheck(
    context,
    programRef,
    listSource(applicants, options),
    undefined,
    { intake: options.intake, today: todayOption(options.today) ?? context.today },
    options.lang,
  );
  const inputs = [opened.programFile, applicants];
  const color = options.output === undefined && context.color.stdout;
  if (options.explain !== undefined) {
    const explanation = await explainApplicant(opened, options.explain);
    await emit(
      context,
      formatExplanation(explanation, { color, width: terminalWidth(context, options.output) }),
      options.output,
      inputs,
    );
    return "problems" in explanation ? ExitCode.problems : ExitCode.ok;
  }

  const format = formatFor<CheckFormat>(
    options.format,
    options.output,
    {
      ".json": "json",
      ".ndjson": "ndjson",
      ".jsonl": "ndjson",
      ".csv": "csv",
      ".txt": "table",
      ".xlsx": "xlsx",
    },
    context.stdout.isTTY ? "table" : "csv",
  );
  // The table shows no carried columns: it neither reads nor holds them.
  const carry = format === "table" ? NO_CARRY : carryFor(opened, options.carry);
  const run = checkRun(
    opened,
    context,
    carry,
    format === "ndjson" ? { format: "ndjson", make: rowTextFor } : undefined,
  );
  const checked = {
    ...run,
    verdicts: meter.until(run.verdicts),
    ...(run.rows ? { rows: meter.until(run.rows) } : {}),
  };
  await emit(
    context,
    CHECK_FORMATS[format](checked, {
      color,
      ...(options.excel ? { excel: true } : {}),
      ...terminalFit(context, options.output, options.all),
    }),
    options.output,
    inputs,
  );
  const summary = checked.summary();
  const teamNotes = opened.checker.teams();
  if (!context.quiet && teamNotes.length > 0)
    context.stderr.write(
      teamNoteLines(opened.source.display, checked.locale, teamNotes, stderrWidth(context)),
    );
  // The table ends with the same summary; other formats are data.
  const tableOnScreen =
    format === "table" && (options.output === undefined || options.output === "-");
  // Shown even with -q: a missing column decides the exit code.
  const missing = missingCarriedText(
    checked.locale,
    { ...opened.list, display: opened.source.display },
    carry.columns,
  );
  context.stderr.write(fitStderr(context, missing, [opened.source.display]));
  if (!context.quiet && !tableOnScreen)
    context.stderr.write(
      fitStderr(context, checkSummaryLine(checked.program, checked.locale, summary)),
    );
  return summary.invalid > 0 || missing !== "" ? ExitCode.problems : ExitCode.ok;
};
