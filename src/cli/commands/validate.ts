/** cohort validate [PATH...]: every finding of every program file. */
import { compareFindings, type LocatedFinding } from "../../core/findings.js";
import { duplicateProgramIds } from "../../core/program/validate.js";
import { ExitCode, inputError } from "../../errors.js";
import { VALIDATE_FORMATS, type ValidateFormat } from "../../format/validate/index.js";
import type { ValidateReport } from "../../format/validate/report.js";
import { discoverProgramFiles } from "../../io/discover.js";
import { locateFinding, type ProgramSource } from "../../io/program-source.js";
import { PROGRAMS_DIR } from "../../io/programs-folder.js";
import { parseProgram, readProgramFile, readProgramStream } from "../../io/read-program.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";

interface Options {
  format?: ValidateFormat;
  strict?: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  output?: string;
}

const readSources = async (
  context: CommandContext,
  paths: string[],
  stdinName: string,
): Promise<ProgramSource[]> => {
  const sources: ProgramSource[] = [];
  const files = paths.filter((p) => p !== "-");
  if (paths.filter((p) => p === "-").length > 1)
    throw inputError("stdin (-) can be read only once");
  if (paths.includes("-"))
    sources.push(parseProgram(await readProgramStream(context.stdin, stdinName)));
  for (const file of await discoverProgramFiles(context.cwd, files)) {
    sources.push(parseProgram(await readProgramFile(context.cwd, file)));
  }
  return sources;
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const given = (args[0] as string[] | undefined) ?? [];
  const paths = given.length > 0 ? given : [PROGRAMS_DIR];
  const sources = await readSources(context, paths, options.stdinFilename ?? "<stdin>");

  const findings: LocatedFinding[] = sources.flatMap((s) => s.findings);
  const valid = sources.flatMap((s) =>
    s.program ? [{ file: s.file, program: s.program, source: s }] : [],
  );
  for (const { file, finding } of duplicateProgramIds(valid)) {
    const source = valid.find((v) => v.file === file)!.source;
    findings.push(locateFinding(file, source, finding));
  }
  findings.sort(compareFindings);

  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const report: ValidateReport = {
    files: sources.map((s) => s.file),
    findings,
    sources: Object.fromEntries(sources.map((s) => [s.file, s.lines])),
    summary: { errors, warnings, files: sources.length },
  };
  const format = formatFor<ValidateFormat>(
    options.format,
    options.output,
    { ".json": "json", ".xml": "junit" },
    context.env.GITHUB_ACTIONS === "true" ? "github" : "pretty",
  );
  const output = VALIDATE_FORMATS[format](report, {
    color: options.output === undefined && context.color.stdout,
  });
  await emit(context, output, options.output, [...sources.map((s) => s.file), ...paths]);

  const tooManyWarnings = options.strict
    ? warnings > 0
    : options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return errors > 0 || tooManyWarnings ? ExitCode.problems : ExitCode.ok;
};
