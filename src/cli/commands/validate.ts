/** cohort validate [PATH...]: every finding of every program file. */
import { compareFindings, type LocatedFinding } from "../../core/findings.js";
import { applySuppressions, type SuppressedFinding } from "../../core/program/suppressions.js";
import { duplicateProgramIds } from "../../core/program/validate.js";
import { ExitCode, inputError } from "../../errors.js";
import { FINDING_RULES } from "../../format/validate/finding-rules.js";
import { VALIDATE_FORMATS, type ValidateFormat } from "../../format/validate/index.js";
import type { ValidateReport } from "../../format/validate/report.js";
import { discoverProgramFiles } from "../../io/discover.js";
import { locateFinding, type ProgramSource } from "../../io/program-source.js";
import { PROGRAMS_DIR } from "../../io/programs-folder.js";
import { parseProgram, readProgramFile, readProgramStream } from "../../io/read-program.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { terminalWidth } from "../terminal.js";
import { VERSION } from "../version.js";

const KNOWN_CODES = FINDING_RULES.map((r) => r.id);

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
  if (paths.filter((p) => p === "-").length > 1) throw inputError({ code: "stdin-twice" });
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
  const suppressed: SuppressedFinding[] = [];
  const done = new Set<string>();
  const standing = sources.flatMap((s) => {
    // Each file once, also when stdin was given a file's name.
    if (done.has(s.file)) return [];
    done.add(s.file);
    const own = applySuppressions(
      s.file,
      s.lines,
      findings.filter((f) => f.file === s.file),
      KNOWN_CODES,
    );
    suppressed.push(...own.suppressed);
    return own.findings;
  });
  standing.sort(compareFindings);
  suppressed.sort(compareFindings);

  const errors = standing.filter((f) => f.severity === "error").length;
  const warnings = standing.length - errors;
  const warningsFail =
    warnings === 0
      ? undefined
      : options.strict
        ? "--strict"
        : options.maxWarnings !== undefined && warnings > options.maxWarnings
          ? `more than --max-warnings ${options.maxWarnings}`
          : undefined;
  // --quiet: what makes the run fail only; errors, and warnings when they fail it.
  const shown =
    context.quiet && warningsFail === undefined
      ? standing.filter((f) => f.severity === "error")
      : standing;
  const report: ValidateReport = {
    files: sources.map((s) => s.file),
    findings: shown,
    suppressed,
    sources: Object.fromEntries(sources.map((s) => [s.file, s.lines])),
    summary: { errors, warnings: shown.length - errors, files: sources.length },
    ...(warningsFail ? { warningsFail } : {}),
    toolVersion: VERSION,
  };
  const format = formatFor<ValidateFormat>(
    options.format,
    options.output,
    { ".json": "json", ".xml": "junit", ".sarif": "sarif" },
    context.env.GITHUB_ACTIONS === "true" ? "github" : "pretty",
  );
  const output = VALIDATE_FORMATS[format](report, {
    color: options.output === undefined && context.color.stdout,
    width: terminalWidth(context, options.output),
  });
  await emit(context, output, options.output, [...sources.map((s) => s.file), ...paths]);

  return errors > 0 || warningsFail !== undefined ? ExitCode.problems : ExitCode.ok;
};
