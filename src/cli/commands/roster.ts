/** cohort roster PROGRAM AUDIT: the admitted participants per class, as a roster to fill in. */
import { resolve } from "node:path";
import { prepareRoster } from "../../app/roster.js";
import { usageError } from "../../errors.js";
import { ROSTER_FORMATS } from "../../format/roster/index.js";
import type { RosterFormat } from "../../format/roster/names.js";
import { rosterSummary } from "../../format/roster/summary.js";
import { assertCanWrite } from "../../io/write-output.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { stderrWidth } from "../terminal.js";

interface Options {
  output?: string;
  format?: RosterFormat;
  intake?: string;
  class?: string;
  applicants?: string;
  excel?: boolean;
}

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const [program, audit] = args as [string, string];
  const toFile = options.output !== undefined && options.output !== "-";
  const format = formatFor<RosterFormat>(
    options.format,
    options.output,
    { ".csv": "csv", ".xlsx": "xlsx" },
    toFile ? "xlsx" : "csv",
  );
  if (format === "xlsx" && !toFile && context.stdout.isTTY)
    throw usageError("xlsx is a binary format: write it to a file with -o roster.xlsx");
  if (audit === "-") throw usageError("the audit record is read from a file, not stdin");
  const given = [program, audit, ...(options.applicants ? [options.applicants] : [])]
    .filter((p) => p !== "-")
    .map((p) => resolve(context.cwd, p));
  // Refuse a bad output path before the work, not after it.
  if (toFile) assertCanWrite(resolve(context.cwd, options.output!), given, options.output!);
  const run = await prepareRoster(context, {
    program,
    audit,
    intake: options.intake,
    class: options.class,
    applicants: options.applicants,
  });
  await emit(
    context,
    ROSTER_FORMATS[format](run.roster, { color: false, ...(options.excel ? { excel: true } : {}) }),
    options.output,
    run.inputs,
  );
  if (!context.quiet && toFile)
    context.stderr.write(rosterSummary(run.roster, options.output!, stderrWidth(context)));
  return 0;
};
