/**
 * The entry point and the only place that sets the exit code or prints an
 * error. Everything below returns exit codes or throws CohortError.
 */
import { CohortError, ExitCode, formatLocation } from "../errors.js";
import { fitError, inputErrorText, keptWhole } from "../format/input-error.js";
import { terminalText } from "../format/terminal-text.js";
import { useColor } from "./color.js";
import { stderrWidth } from "./terminal.js";
import { VERSION } from "./version.js";

const debug = process.argv.includes("--debug");

// A reader that goes away (`cohort check … | head`) is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * An error in words: an input error in the language of the run (told to it
 * by src/cli/program.ts as it left the command; English before anything was
 * known), after its location; a usage error as it is.
 */
const describe = (error: unknown): { message: string; code: number; whole: string[] } => {
  if (error instanceof CohortError) {
    const where = formatLocation(error.location);
    const text =
      error.kind === "input" ? inputErrorText(error, error.locale ?? "en") : error.message;
    return {
      message: where ? `${where}: ${text}` : text,
      code: error.exitCode,
      whole: where ? [`${where}:`, ...keptWhole(error)] : keptWhole(error),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `internal error: ${message}\nThis is a bug in cohort; please report it with the command you ran.${debug ? "" : " Run again with --debug to see where it happened."}`,
    code: ExitCode.failure,
    whole: [],
  };
};

const main = async (argv: readonly string[]): Promise<void> => {
  try {
    // `--version` is asked by scripts and editors before anything else; answer
    // it without building the command tree.
    if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
      process.stdout.write(`${VERSION}\n`);
    } else {
      const { runCli } = await import("./program.js");
      process.exitCode = await runCli(argv);
    }
  } catch (error) {
    const { message, code, whole } = describe(error);
    const color = useColor(
      process.stderr,
      process.env,
      process.argv.includes("--no-color") ? false : undefined,
    );
    const prefix = color ? "\u001b[31mcohort:\u001b[39m" : "cohort:";
    // Messages quote inputs (ids, cells, file names, arguments): made safe for
    // the terminal; on one, fitted to its width by the rule of every line on
    // stderr, COLUMNS first (into a file, the same bytes always).
    const width = stderrWidth({ env: process.env, stderr: process.stderr });
    process.stderr.write(
      `${fitError(`${prefix} ${terminalText(message)}`, width, whole.map(terminalText))}\n`,
    );
    if (debug && error instanceof Error && error.stack)
      process.stderr.write(`${terminalText(error.stack)}\n`);
    if (debug && error instanceof Error && error.cause instanceof Error && error.cause.stack) {
      process.stderr.write(`caused by: ${terminalText(error.cause.stack)}\n`);
    }
    process.exitCode = code;
  }
};

// Not a top-level await: the same file is the entry of the classic-script
// build of validate (scripts/build.mjs), which has no top-level await.
void main(process.argv.slice(2));
