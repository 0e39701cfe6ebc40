/** cohort allocate PROGRAM APPLICANTS: who gets a seat, who waits, and why. */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { type AllocationRun, runAllocation } from "../../app/allocation-run.js";
import { auditDraft } from "../../core/decision/audit.js";
import type { Locale } from "../../core/language/index.js";
import { ExitCode, inputError, usageError } from "../../errors.js";
import { auditOutsideNote, formatAuditDraft } from "../../format/allocate/audit.js";
import { ALLOCATE_FORMATS, type AllocateFormat } from "../../format/allocate/index.js";
import { refusedDeclines } from "../../format/allocate/refused.js";
import { allocationSummaryText, warningLines } from "../../format/allocate/summary.js";
import { missingCarriedText } from "../../format/carried.js";
import { teamNoteLines } from "../../format/check/team-notes.js";
import type { Chunk } from "../../format/formatter.js";
import { listSource } from "../../io/applicants/source.js";
import type { CsvEncoding } from "../../io/applicants/types.js";
import { sha256Pieces } from "../../io/hash.js";
import { assertCanWrite, assertDistinctOutputs } from "../../io/write-output.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { pour } from "../output.js";
import { readMeter } from "../read-meter.js";
import { closeTogether, openSink, type Sink } from "../sink.js";
import { fitStderr, stderrWidth, terminalFit } from "../terminal.js";
import { todayOption } from "../today.js";
import { VERSION } from "../version.js";

interface Options {
  excel?: boolean;
  format?: AllocateFormat;
  output?: string;
  seed?: string;
  audit?: string;
  declined?: string;
  from?: string;
  strict?: boolean;
  encoding?: CsvEncoding;
  sheet?: string;
  intake?: string;
  today?: string;
  lang?: Locale;
  carry?: string[];
  all?: boolean;
}

/** Paths in an audit record are relative to the record, so the folder can move. */
const pathFrom = (auditFile: string, cwd: string, path: string): string =>
  relative(dirname(auditFile), resolve(cwd, path)).split(sep).join("/");

const auditText = (
  context: CommandContext,
  auditPath: string,
  declinedPath: string | undefined,
  fromPath: string | undefined,
  run: AllocationRun,
): Iterable<Chunk> | AsyncIterable<Chunk> => {
  const file = resolve(context.cwd, auditPath);
  const { list } = run;
  const draft = auditDraft({
    tool: `cohort ${VERSION}`,
    decision: run.decision,
    intake: run.intake,
    seedGiven: run.seedGiven,
    parameters: run.parameters,
    digest: sha256Pieces,
    inputs: {
      program: { path: pathFrom(file, context.cwd, run.programFile), sha256: run.hashes.program },
      // The list's source, but for how it is shown: the record stays as it always was.
      applicants: {
        path: pathFrom(file, context.cwd, list.path),
        sha256: run.hashes.applicants,
        ...(list.encoding ? { encoding: list.encoding } : {}),
        ...(list.sheet ? { sheet: list.sheet } : {}),
      },
      ...(declinedPath && run.hashes.declined
        ? {
            declined: {
              path: pathFrom(file, context.cwd, declinedPath),
              sha256: run.hashes.declined,
            },
          }
        : {}),
      ...(fromPath && run.hashes.from
        ? { from: { path: pathFrom(file, context.cwd, fromPath), sha256: run.hashes.from } }
        : {}),
    },
  });
  return formatAuditDraft(draft, undefined);
};

/**
 * When the record names inputs outside its own folder, verify will need them
 * named on its command line: say how, once the record is written.
 */
const noteInputsOutside = (
  context: CommandContext,
  auditPath: string,
  declinedPath: string | undefined,
  fromPath: string | undefined,
  run: AllocationRun,
): void => {
  const file = resolve(context.cwd, auditPath);
  const outside = (
    [
      ["program", run.programFile],
      ["applicants", run.list.path],
      ...(declinedPath ? [["declined", declinedPath] as const] : []),
      ...(fromPath ? [["from", fromPath] as const] : []),
    ] as const
  ).filter(
    ([, path]) =>
      pathFrom(file, context.cwd, path).startsWith("../") ||
      isAbsolute(pathFrom(file, context.cwd, path)),
  );
  if (outside.length > 0 && !context.quiet)
    context.stderr.write(
      auditOutsideNote(
        auditPath,
        outside.map(([role, path]) => ({ role, path })),
      ),
    );
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const [program, applicants] = args as [string, string];
  const format = formatFor<AllocateFormat>(
    options.format,
    options.output,
    { ".json": "json", ".csv": "csv", ".xlsx": "xlsx", ".txt": "table" },
    context.stdout.isTTY ? "table" : "json",
  );
  if (
    format === "xlsx" &&
    (options.output === undefined || options.output === "-") &&
    context.stdout.isTTY
  ) {
    throw usageError("xlsx is a binary format: write it to a file with -o result.xlsx");
  }
  if (options.audit !== undefined && (program === "-" || applicants === "-")) {
    throw usageError("--audit needs the inputs as files, so that verify can read them again");
  }
  // Refuse bad output paths before the work, not after it.
  if (options.from !== undefined && options.declined === undefined)
    throw usageError(
      "--from starts the declines from an earlier decision: give the declines with --declined too",
    );
  const given = [
    program,
    applicants,
    ...(options.declined ? [options.declined] : []),
    ...(options.from ? [options.from] : []),
  ].map((i) => (i === "-" ? i : resolve(context.cwd, i)));
  if (options.output !== undefined && options.output !== "-") {
    assertCanWrite(resolve(context.cwd, options.output), given, options.output);
  }
  if (options.audit !== undefined) {
    assertCanWrite(resolve(context.cwd, options.audit), given, options.audit, "the audit record");
    if (options.output !== undefined && options.output !== "-")
      assertDistinctOutputs([
        { path: resolve(context.cwd, options.output), display: options.output, what: "the output" },
        {
          path: resolve(context.cwd, options.audit),
          display: options.audit,
          what: "the audit record",
        },
      ]);
  }
  const meter = readMeter(context);
  const result = await runAllocation(meter.context, {
    program,
    list: listSource(applicants, options),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.declined !== undefined ? { declined: options.declined } : {}),
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.intake !== undefined ? { intake: options.intake } : {}),
    today: todayOption(options.today) ?? context.today,
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    // The table shows no carried columns: it neither reads nor holds them.
    ...(format === "table" ? {} : { carry: options.carry ?? true }),
  }).finally(() => meter.stop());
  if (result.kind === "refused")
    throw inputError(refusedDeclines(result.file, result.refused), undefined, {
      exitCode: ExitCode.problems,
    });
  const inputs = [
    result.programFile,
    applicants,
    ...(options.declined ? [options.declined] : []),
    ...(options.from ? [options.from] : []),
  ];
  // The result and the audit record are committed together: a record that
  // cannot be written leaves the -o file as it was, and the record is written
  // (to its temporary file) before any result reaches stdout.
  const sinks: Sink[] = [];
  try {
    if (options.audit !== undefined) {
      const audit = await openSink(context, options.audit, inputs);
      sinks.push(audit);
      await pour(audit, auditText(context, options.audit, options.declined, options.from, result));
      await audit.flush();
    }
    const sink = await openSink(context, options.output, inputs);
    sinks.unshift(sink);
    await pour(
      sink,
      ALLOCATE_FORMATS[format](result.decision, {
        color: options.output === undefined && context.color.stdout,
        ...(options.excel ? { excel: true } : {}),
        ...terminalFit(context, options.output, options.all),
      }),
    );
    await closeTogether(sinks);
    if (options.audit !== undefined)
      noteInputsOutside(context, options.audit, options.declined, options.from, result);
  } catch (error) {
    for (const sink of sinks) await sink.abort();
    throw error;
  }

  const s = result.decision.summary;
  // The table already ends with the summary and the warnings; other formats
  // are data, so the summary goes to stderr. Warnings show even with -q when
  // they decide the exit code.
  const unmet = s.relaxations.filter(
    (r) => r.kind === "seats-unfilled" || r.kind === "kept-over-limit" || options.strict,
  );
  const tableOnScreen =
    format === "table" && (options.output === undefined || options.output === "-");
  if (!context.quiet && result.teamNotes.length > 0)
    context.stderr.write(
      teamNoteLines(
        result.list.display,
        result.decision.locale,
        result.teamNotes,
        stderrWidth(context),
      ),
    );
  // Shown even with -q: a missing column decides the exit code.
  const missing = missingCarriedText(
    result.decision.locale,
    { display: result.list.display, headerLine: result.carryHeaderLine },
    result.carry.columns,
  );
  context.stderr.write(fitStderr(context, missing, [result.list.display]));
  if (!context.quiet && !tableOnScreen)
    context.stderr.write(fitStderr(context, allocationSummaryText(result)));
  else if (context.quiet && unmet.length > 0)
    context.stderr.write(fitStderr(context, warningLines(result.decision.locale, unmet)));
  return s.invalid > 0 || unmet.length > 0 || missing !== "" ? ExitCode.problems : ExitCode.ok;
};
