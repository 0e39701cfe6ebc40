/** cohort validate [PATH...]: every finding of every program file. */
import { compareFindings, type LocatedFinding } from "../../core/findings.js";
import { applySuppressions, type SuppressedFinding } from "../../core/program/suppressions.js";
import { duplicateProgramIds } from "../../core/program/validate.js";
import { inputError } from "../../errors.js";
import { FINDING_RULES } from "../../format/validate/finding-rules.js";
import { VALIDATE_FORMATS, type ValidateFormat } from "../../format/validate/index.js";
import type { ValidateReport } from "../../format/validate/report.js";
import { discoverProgramFiles, displayPath } from "../../io/discover.js";
import { locateFinding, type ProgramSource, readProgramSource } from "../../io/program-source.js";
import { decodeUtf8Text, readBytes, readStream } from "../../io/read-file.js";
import type { CommandContext } from "../context.js";
import { formatFor } from "../format-choice.js";
import { emit } from "../output.js";
import { VERSION } from "../version.js";

const KNOWN_CODES = FINDING_RULES.map((r) => r.id);

export const MAX_PROGRAM_BYTES = 16 * 1024 * 1024;

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
  if (paths.includes("-")) {
    const bytes = await readStream(context.stdin, stdinName, MAX_PROGRAM_BYTES);
    sources.push(readProgramSource(stdinName, decodeUtf8Text(bytes, stdinName)));
  }
  for (const file of await discoverProgramFiles(context.cwd, files)) {
    const display = displayPath(context.cwd, file);
    const text = decodeUtf8Text(await readBytes(file, display, MAX_PROGRAM_BYTES), display);
    sources.push(readProgramSource(display, text));
  }
  return sources;
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const given = (args[0] as string[] | undefined) ?? [];
  const paths = given.length > 0 ? given : ["programs"];
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
  const text = VALIDATE_FORMATS[format](report, {
    color: options.output === undefined && context.color.stdout,
  });
  await emit(context, text, options.output, [...sources.map((s) => s.file), ...paths]);

  return errors > 0 || warningsFail !== undefined ? 1 : 0;
};
