/** cohort check PROGRAM APPLICANTS: a verdict for every applicant, streamed. */
import { type Layout, layoutFor } from "../../core/applicants/layout.js";
import { type Checker, createChecker } from "../../core/check/verdict.js";
import type { Program } from "../../core/program/schema.js";
import { ExitCode, inputError, usageError } from "../../errors.js";
import { formatExplanation } from "../../format/check/explain.js";
import { CHECK_FORMATS, type CheckFormat } from "../../format/check/index.js";
import { openApplicantList } from "../../io/applicants/open.js";
import { listVerdicts } from "../../io/applicants/parallel/check-in-parallel.js";
import type { ApplicantList, CsvEncoding } from "../../io/applicants/types.js";
import { loadProgram } from "../../io/load-program.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { openSink } from "../sink.js";

export interface ListOptions {
  encoding?: CsvEncoding;
  sheet?: string;
  /** Sees the list's bytes as they are read (for hashing). */
  tap?: (bytes: Uint8Array) => void;
}

interface Options extends ListOptions {
  excel?: boolean;
  format?: CheckFormat;
  output?: string;
  explain?: string;
}

export interface OpenedCheck {
  programFile: string;
  /** SHA-256 of the program file's bytes, as read. */
  programSha256: string;
  program: Program;
  list: ApplicantList;
  layout: Layout;
  checker: Checker;
  display: string;
}

/** Loads the program and opens the list: shared by check and allocate. */
export const openCheck = async (
  context: CommandContext,
  programRef: string,
  applicants: string,
  options: ListOptions,
): Promise<OpenedCheck> => {
  if (programRef === "-" && applicants === "-")
    throw usageError("only one of PROGRAM and APPLICANTS can be read from stdin (-)");
  const {
    file: programFile,
    program,
    sha256: programSha256,
  } = await loadProgram(context, programRef);
  if (program.kind === "framework" || !program.applicants) {
    throw inputError(
      `${programFile} declares no applicants section, so there is nothing to check a list against`,
    );
  }
  const display = applicants === "-" ? "<stdin>" : applicants;
  const list = await openApplicantList({
    path: applicants,
    cwd: context.cwd,
    display,
    stdin: context.stdin,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.tap ? { tap: options.tap } : {}),
  });
  const result = layoutFor(program, list.header);
  if (!result.ok) {
    const plural = result.missing.length === 1 ? "column" : "columns";
    throw inputError(
      `missing required ${plural} ${result.missing.map((m) => `"${m}"`).join(", ")}; the list has ${result.found.map((f) => `"${f}"`).join(", ") || "no columns"}`,
      { file: display, line: list.headerLine },
      { exitCode: ExitCode.problems },
    );
  }
  // Columns no field reads (names, free text) need not be cut out of the text.
  const { layout } = result;
  list.only?.([layout.idIndex, ...layout.fields.filter((f) => f.index >= 0).map((f) => f.index)]);
  return {
    programFile,
    programSha256,
    program,
    list,
    layout: result.layout,
    checker: createChecker(program, result.layout),
    display,
  };
};

const explain = async (
  context: CommandContext,
  opened: OpenedCheck,
  id: string,
  output: string | undefined,
  inputs: string[],
): Promise<number> => {
  for await (const batch of opened.list.batches) {
    for (let i = 0; i < batch.records.length; i++) {
      const verdict = opened.checker.check(batch.records[i]!, batch.lines[i]!);
      if (verdict.id !== id) continue;
      if (verdict.verdict === "invalid") {
        const problems = verdict.problems.map(
          (p) =>
            `  ${p.column ? `${p.column}: ` : ""}${p.message}${p.value ? ` ("${p.value}")` : ""}`,
        );
        await emit(
          context,
          `${opened.program.id}: applicant ${id} (line ${verdict.line}) is invalid:\n${problems.join("\n")}\n`,
          output,
          inputs,
        );
        return ExitCode.problems;
      }
      const tree = opened.checker.rule.explain(verdict.values);
      await emit(
        context,
        formatExplanation(
          { program: opened.program.id, id, line: verdict.line, tree },
          { color: output === undefined && context.color.stdout },
        ),
        output,
        inputs,
      );
      return ExitCode.ok;
    }
  }
  throw inputError(`no applicant with id "${id}" in ${opened.display}`);
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const [programRef, applicants] = args as [string, string];
  const opened = await openCheck(context, programRef, applicants, options);
  const inputs = [opened.programFile, applicants];
  if (options.explain !== undefined)
    return explain(context, opened, options.explain, options.output, inputs);

  const format = formatFor<CheckFormat>(
    options.format,
    options.output,
    { ".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson", ".csv": "csv", ".txt": "table" },
    context.stdout.isTTY ? "table" : "csv",
  );
  const formatter = CHECK_FORMATS[format]();
  const sink = await openSink(context, options.output, inputs);
  try {
    await sink.write(
      formatter.begin({
        program: opened.program.id,
        options: {
          color: options.output === undefined && context.color.stdout,
          ...(options.excel ? { excel: true } : {}),
        },
      }),
    );
    const verdicts = listVerdicts(opened, { ...context, path: applicants, ...options });
    for await (const batch of verdicts.batches) {
      for (const verdict of batch) {
        const pending = sink.write(formatter.row(verdict));
        if (pending) await pending;
      }
    }
    const summary = verdicts.summary();
    await sink.write(formatter.end(summary));
    await sink.close();
    // The table ends with the same summary; other formats are data.
    const tableOnScreen =
      format === "table" && (options.output === undefined || options.output === "-");
    if (!context.quiet && !tableOnScreen) {
      const total = summary.eligible + summary.ineligible + summary.invalid;
      context.stderr.write(
        `${opened.program.id}: ${total} applicants: ${summary.eligible} eligible, ${summary.ineligible} ineligible, ${summary.invalid} invalid\n`,
      );
    }
    return summary.invalid > 0 ? ExitCode.problems : ExitCode.ok;
  } catch (error) {
    await sink.abort();
    throw error;
  }
};
