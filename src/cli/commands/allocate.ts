/** cohort allocate PROGRAM APPLICANTS: who gets a seat, who waits, and why. */
import { dirname, relative, resolve, sep } from "node:path";
import { auditRecord } from "../../core/decision/audit.js";
import { ExitCode, usageError } from "../../errors.js";
import { ALLOCATE_FORMATS, type AllocateFormat } from "../../format/allocate/index.js";
import type { CsvEncoding } from "../../io/applicants/types.js";
import { assertCanWrite, assertDistinctOutputs } from "../../io/write-output.js";
import { type AllocationRun, runAllocation } from "../allocation-run.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { closeTogether, openSink, type Sink } from "../sink.js";
import { VERSION } from "../version.js";

interface Options {
  excel?: boolean;
  format?: AllocateFormat;
  output?: string;
  seed?: string;
  audit?: string;
  declined?: string;
  strict?: boolean;
  encoding?: CsvEncoding;
  sheet?: string;
}

/** Paths in an audit record are relative to the record, so the folder can move. */
const pathFrom = (auditFile: string, cwd: string, path: string): string =>
  relative(dirname(auditFile), resolve(cwd, path)).split(sep).join("/");

const auditText = (
  context: CommandContext,
  options: Options,
  args: [string, string],
  run: AllocationRun,
): string => {
  const file = resolve(context.cwd, options.audit!);
  const record = auditRecord({
    tool: `cohort ${VERSION}`,
    decision: run.decision,
    seedGiven: run.seedGiven,
    parameters: run.parameters,
    inputs: {
      program: { path: pathFrom(file, context.cwd, run.programFile), sha256: run.hashes.program },
      applicants: {
        path: pathFrom(file, context.cwd, args[1]),
        sha256: run.hashes.applicants,
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.sheet ? { sheet: options.sheet } : {}),
      },
      ...(options.declined && run.hashes.declined
        ? {
            declined: {
              path: pathFrom(file, context.cwd, options.declined),
              sha256: run.hashes.declined,
            },
          }
        : {}),
    },
  });
  return `${JSON.stringify(record, null, 2)}\n`;
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
  const given = [program, applicants, ...(options.declined ? [options.declined] : [])].map((i) =>
    i === "-" ? i : resolve(context.cwd, i),
  );
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
  const result = await runAllocation(context, {
    program,
    applicants,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.declined !== undefined ? { declined: options.declined } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  const inputs = [result.programFile, applicants, ...(options.declined ? [options.declined] : [])];
  // The result and the audit record are committed together: a record that
  // cannot be written leaves the -o file as it was, and the record is written
  // (to its temporary file) before any result reaches stdout.
  const sinks: Sink[] = [];
  try {
    if (options.audit !== undefined) {
      const audit = await openSink(context, options.audit, inputs);
      sinks.push(audit);
      await audit.write(auditText(context, options, [program, applicants], result));
      await audit.flush();
    }
    const sink = await openSink(context, options.output, inputs);
    sinks.unshift(sink);
    for (const chunk of ALLOCATE_FORMATS[format](result.decision, {
      color: options.output === undefined && context.color.stdout,
      ...(options.excel ? { excel: true } : {}),
    })) {
      const pending = sink.write(chunk);
      if (pending) await pending;
    }
    await closeTogether(sinks);
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
  if (!context.quiet && !tableOnScreen) {
    const offered =
      result.decision.declined.length > 0
        ? `, newly offered: ${result.decision.offered.join(", ") || "nobody"}`
        : "";
    context.stderr.write(
      `${result.decision.program}: ${s.admitted}/${s.seats} seats filled: ${s.admitted} admitted, ${s.waitlisted} waitlisted, ${s.declined > 0 ? `${s.declined} declined, ` : ""}${s.ineligible} ineligible, ${s.invalid} invalid${offered} (seed ${result.seed}${result.seedGiven ? "" : ", from the input hashes"})\n`,
    );
    for (const r of s.relaxations) context.stderr.write(`warning: ${r.message}\n`);
  } else if (context.quiet) {
    for (const r of unmet) context.stderr.write(`warning: ${r.message}\n`);
  }
  return s.invalid > 0 || unmet.length > 0 ? ExitCode.problems : ExitCode.ok;
};
