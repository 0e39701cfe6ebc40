/**
 * The commander program: every command's arguments, options and help, in one
 * light file. Each action imports its command module only when it runs, so
 * start-up never pays for commands it does not use.
 */
import { Command, CommanderError } from "commander";
import type { Locale } from "../core/language/index.js";
import { CohortError, ExitCode, usageError } from "../errors.js";
import { fitLines } from "../format/fit-width.js";
import { terminalText } from "../format/terminal-text.js";
import { useColor } from "./color.js";
import { COMMANDS, type CommandSpec } from "./command-table.js";
import type { CommandContext } from "./context.js";
import { programWarningsTo } from "./program-warnings.js";
import { stderrWidth } from "./terminal.js";
import { VERSION } from "./version.js";

export interface GlobalOptions {
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
  /** A command's --lang (the options a context is built from hold the command's own too). */
  lang?: Locale;
}

const localToday = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

/** stderr as the commands see it: made safe for the terminal, with its width when it is one. */
const stderrStream = {
  write: (chunk: string) => process.stderr.write(terminalText(chunk)),
  isTTY: process.stderr.isTTY,
  get columns() {
    return process.stderr.columns;
  },
};

export const defaultContext = (globals: GlobalOptions): CommandContext => ({
  onProgramWarnings: programWarningsTo(
    stderrStream,
    globals.quiet === true,
    globals.lang,
    process.env,
  ),
  onNotice: (message) => {
    if (globals.quiet === true) return;
    const width = stderrWidth({ env: process.env, stderr: stderrStream });
    process.stderr.write(`${fitLines(terminalText(message), width, 2)}\n`);
  },
  cwd: process.cwd(),
  env: process.env,
  // Read when a command reads stdin, not as the context is built: node makes
  // process.stdin when it is first asked for, and for a file (`< /dev/null`,
  // as CI runs commands) that loads its file streams, fs/promises and
  // readline, ten modules compiled from source on Debian's node
  // (docs/performance.md, "Start-up").
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  // stderr carries only words for people (summaries, warnings), which quote
  // inputs: made safe for the terminal in this one place.
  stderr: stderrStream,
  status: process.stderr,
  color: {
    stdout: useColor(process.stdout, process.env, globals.color),
    stderr: useColor(process.stderr, process.env, globals.color),
  },
  quiet: globals.quiet === true,
  today: localToday(),
});

/** Builds the context a command runs in; tests pass their own, with in-memory streams. */
export type ContextFor = (globals: GlobalOptions) => CommandContext;

/**
 * An input error told the language of the run as it leaves the command:
 * `--lang`, else the language of the programs loaded when they share one.
 * Before a program is read (its own file is missing) that is English, as
 * it is for several programs in different languages.
 */
const spokenIn = (
  error: unknown,
  lang: Locale | undefined,
  locales: ReadonlySet<Locale>,
): unknown => {
  if (error instanceof CohortError && error.kind === "input" && error.locale === undefined) {
    const only = locales.size === 1 ? [...locales][0] : undefined;
    error.locale = lang ?? only;
  }
  return error;
};

const register = (
  program: Command,
  spec: CommandSpec,
  setExit: (code: number) => void,
  contextFor: ContextFor,
): void => {
  const command = program.command(spec.name).description(spec.description);
  for (const argument of spec.arguments ?? [])
    command.argument(argument.name, argument.description);
  for (const option of spec.options ?? []) command.addOption(option());
  command.addHelpText("after", `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join("\n")}\n`);
  command.action(async (...args: unknown[]) => {
    const self = args[args.length - 1] as Command;
    const options = self.optsWithGlobals();
    const module = await spec.load();
    const context = contextFor(options);
    // The languages of the programs the command loads: the language of an
    // input error when --lang is not given (see spokenIn).
    const locales = new Set<Locale>();
    // The context's own properties copied as they are: a spread would call
    // the stdin getter above.
    const own = Object.defineProperties({} as CommandContext, {
      ...Object.getOwnPropertyDescriptors(context),
      onProgramLoaded: {
        value: (locale: Locale) => {
          locales.add(locale);
          context.onProgramLoaded?.(locale);
        },
        enumerable: true,
        writable: true,
        configurable: true,
      },
    });
    try {
      setExit(await module.run(args.slice(0, -2), options, own));
    } catch (error) {
      throw spokenIn(error, options.lang, locales);
    }
  });
};

export const buildProgram = (
  setExit: (code: number) => void,
  contextFor: ContextFor = defaultContext,
): Command => {
  const program = new Command("cohort")
    .description(
      "Leadership programs as code: validate program files, check applicants, allocate seats, print schedules.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .option("--no-color", "never colour the output (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("-q, --quiet", "print only data and errors, no summaries")
    .option("--debug", "show a stack trace for internal errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText(
      "after",
      "\nExit codes: 0 done, 1 done but the inputs have problems, 2 could not run.\nDocs: docs/README.md\n",
    );
  program.configureHelp({ sortSubcommands: false });
  for (const spec of COMMANDS) register(program, spec, setExit, contextFor);
  // Commander's own subcommands inherit the error handling.
  for (const command of program.commands)
    command.exitOverride().configureOutput({ outputError: () => {} });
  return program;
};

/** Runs the command line and returns the exit code; usage errors become CohortError (exit 2). */
export const runCli = async (
  argv: readonly string[],
  contextFor: ContextFor = defaultContext,
): Promise<number> => {
  let exitCode: number = ExitCode.ok;
  const program = buildProgram((code) => {
    exitCode = code;
  }, contextFor);
  if (argv.length === 0) {
    program.outputHelp();
    return ExitCode.failure;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return ExitCode.ok;
      // `cohort help nosuchthing`: commander has already shown the help on stderr.
      if (error.code === "commander.help") return ExitCode.failure;
      throw usageError(`${error.message.replace(/^error: /, "")}\nRun cohort --help for usage.`);
    }
    if (error instanceof CohortError) throw error;
    throw error;
  }
  return exitCode;
};
