/** cohort verify AUDIT: re-runs an audit record and says whether the result is the same. */
import { verifyAudit } from "../../app/verify.js";
import { verified } from "../../core/decision/verification.js";
import { ExitCode, inputError } from "../../errors.js";
import { refusedDeclines } from "../../format/allocate/refused.js";
import { formatVerification } from "../../format/verify/report.js";
import type { CommandContext } from "../context.js";
import { emit } from "../output.js";
import { terminalWidth } from "../terminal.js";
import { VERSION } from "../version.js";

interface Options {
  program?: string;
  applicants?: string;
  declined?: string;
  from?: string;
}

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const report = await verifyAudit(context, args[0] as string, `cohort ${VERSION}`, {
    ...(options.program !== undefined ? { program: options.program } : {}),
    ...(options.applicants !== undefined ? { applicants: options.applicants } : {}),
    ...(options.declined !== undefined ? { declined: options.declined } : {}),
    ...(options.from !== undefined ? { from: options.from } : {}),
  });
  if (report.kind === "refused")
    throw inputError(refusedDeclines(report.file, report.refused), undefined, {
      exitCode: ExitCode.problems,
    });
  await emit(
    context,
    formatVerification(report, { color: false, width: terminalWidth(context, undefined) }),
    undefined,
  );
  return verified(report) ? ExitCode.ok : ExitCode.problems;
};
