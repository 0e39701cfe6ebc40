/**
 * cohort init ID: writes a starter program file, commented in the user's
 * language, that validates as written. It never overwrites a file, and never
 * reuses a program id of the folder it writes to.
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { environmentLocale } from "../../core/init/locale.js";
import { isProgramId, suggestProgramId } from "../../core/init/program-id.js";
import { starterProgram } from "../../core/init/template.js";
import type { InitAlternative } from "../../core/input-problems.js";
import { type Locale, languageOf } from "../../core/language/index.js";
import { programJsonSchema } from "../../core/program/json-schema.js";
import type { Country } from "../../core/vocabulary.js";
import { ExitCode, inputError, usageError } from "../../errors.js";
import { createNew } from "../../io/create-new.js";
import { PROGRAMS_DIR, programIds, programsFolder } from "../../io/programs-folder.js";
import type { CommandContext } from "../context.js";
import { fitStderr } from "../terminal.js";

interface Options {
  locale?: Locale;
  /** The language of what init says; the file's too, without --locale. */
  lang?: Locale;
  country?: Country;
  name?: string;
  schema?: string;
  output?: string;
}

const SCHEMA_FILE = ["schema", "program.schema.json"];

const slash = (path: string): string => path.split(sep).join("/");

/**
 * The schema a project already has, for the modeline: a schema/ folder or an
 * installed cohort package in the new file's folder or above it. Never the
 * schema inside the cohort that runs: a path into a global install breaks on
 * every other machine, and when cohort moves.
 */
const existingSchema = (folder: string): string | undefined => {
  for (let dir = folder; ; dir = dirname(dir)) {
    for (const candidate of [
      join(dir, ...SCHEMA_FILE),
      join(dir, "node_modules", "cohort", ...SCHEMA_FILE),
    ]) {
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
};

/**
 * Where init writes the schema when the project has none: schema/ in the
 * folder cohort runs in (beside programs/), or beside the new file when that
 * is outside it. It goes into the project, so the modeline works wherever
 * the project is checked out.
 */
const projectSchema = (cwd: string, folder: string): string =>
  join(folder === cwd || folder.startsWith(cwd + sep) ? cwd : folder, ...SCHEMA_FILE);

/** `programs/x.yaml` -> `programs/x-2.yaml`, the first name that is free. */
const freeName = (path: string, taken: (candidate: string) => boolean): string => {
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${extension}`;
    if (!taken(candidate)) return candidate;
  }
};

const refuseTaken = async (
  context: CommandContext,
  target: string,
  display: string,
  id: string,
  named: boolean,
): Promise<void> => {
  const programs = programsFolder(context.cwd);
  const inPrograms = target.startsWith(programs + sep);
  const ids = await programIds(inPrograms ? programs : dirname(target), inPrograms);
  const usedIds = new Set(ids.map((p) => p.id));
  const other: InitAlternative = named
    ? {
        kind: "file",
        command: `cohort init ${id} -o ${freeName(display, (c) => existsSync(resolve(context.cwd, c)))}`,
      }
    : {
        kind: "id",
        command: `cohort init ${freeName(id, (c) => usedIds.has(c) || existsSync(join(programs, `${c}.yaml`)))}`,
      };
  if (existsSync(target)) throw inputError({ code: "init-file-exists", file: display, other });
  const clash = ids.find((p) => p.id === id);
  if (clash) {
    throw inputError({
      code: "init-id-taken",
      file: slash(relative(context.cwd, clash.file)),
      id,
      other,
    });
  }
};

export const run = async (
  args: unknown[],
  options: Options,
  context: CommandContext,
): Promise<number> => {
  const id = args[0] as string;
  // What init says is in --lang's words, else English as scripts have read it;
  // its input errors are worded in --lang by program.ts, as every command's.
  const words = languageOf(options.lang ?? "en").init;
  if (!isProgramId(id)) {
    const suggestion = suggestProgramId(id);
    throw usageError(words.notAnId(id, suggestion ? `cohort init ${suggestion}` : undefined));
  }
  // The file's language: --locale, else --lang's, else the environment's.
  const environment = environmentLocale(context.env);
  const asked = options.locale ?? options.lang;
  const locale = asked ?? environment.locale;
  const country =
    options.country ??
    (asked === undefined ? environment.country : undefined) ??
    languageOf(locale).country;
  const toStdout = options.output === "-";
  const display =
    toStdout || options.output === undefined ? `${PROGRAMS_DIR}/${id}.yaml` : options.output;
  const target = resolve(context.cwd, display);
  const found = options.schema === undefined ? existingSchema(dirname(target)) : undefined;
  const schemaFile = found ?? projectSchema(resolve(context.cwd), dirname(target));
  const text = starterProgram({
    id,
    locale,
    country,
    today: context.today,
    schemaRef: options.schema ?? slash(relative(dirname(target), schemaFile)),
    ...(options.name !== undefined ? { name: options.name } : {}),
  });
  if (toStdout) {
    context.stdout.write(text);
    return ExitCode.ok;
  }
  await refuseTaken(context, target, display, id, options.output !== undefined);
  const writeSchema = options.schema === undefined && found === undefined;
  const schemaDisplay = slash(relative(context.cwd, schemaFile));
  if (
    writeSchema &&
    (await createNew(
      schemaFile,
      schemaDisplay,
      `${JSON.stringify(programJsonSchema(), null, 2)}\n`,
    )) === "exists"
  )
    throw inputError({ code: "init-file-exists", file: schemaDisplay });
  try {
    if ((await createNew(target, display, text)) === "exists")
      throw inputError({ code: "init-file-exists", file: display });
  } catch (error) {
    // Leave nothing behind: the schema was written for this file only.
    if (writeSchema) await rm(schemaFile, { force: true });
    throw error;
  }
  if (!context.quiet) {
    // Fitted to a terminal as every line on stderr is, the paths and the
    // commands to run never broken (they are copied whole).
    const validate = `cohort validate ${display}`;
    const schema = `cohort schema -o ${schemaDisplay}`;
    const whole = [display, schemaDisplay, validate, schema];
    if (writeSchema)
      context.stderr.write(
        fitStderr(context, `${words.wroteSchema(schemaDisplay, schema)}\n`, whole),
      );
    context.stderr.write(
      fitStderr(
        context,
        `${words.wrote(display, locale, country)}\n${words.next(validate)}\n`,
        whole,
      ),
    );
  }
  return ExitCode.ok;
};
