/**
 * What the shell tells the human formats about the terminal they write to:
 * how wide it is, and how many rows of a table it shows.
 *
 * Width: COLUMNS when it is set to a whole number above 0 (a user or a test
 * asks for a width, even through a pipe); else the terminal's columns when
 * stdout is one; else none, and the output is laid out as for a file,
 * byte for byte what cohort always wrote. Never less than MIN_WIDTH. Output
 * written to a file with -o is never fitted.
 */
import { MIN_WIDTH } from "../format/fit-width.js";
import { fitError } from "../format/input-error.js";
import type { CommandContext } from "./context.js";

/** The first rows of a table a terminal shows; `--all` shows every row (docs/reliability.md). */
export const TERMINAL_ROWS = 1000;

const toStdout = (output: string | undefined): boolean => output === undefined || output === "-";

export const terminalWidth = (
  context: Pick<CommandContext, "env" | "stdout">,
  output: string | undefined,
): number | undefined => {
  if (!toStdout(output)) return undefined;
  const asked = context.env.COLUMNS;
  const fromEnv = asked !== undefined && /^[1-9]\d{0,5}$/.test(asked) ? Number(asked) : undefined;
  const columns =
    fromEnv ??
    (context.stdout.isTTY === true && (context.stdout.columns ?? 0) > 0
      ? context.stdout.columns
      : undefined);
  return columns === undefined ? undefined : Math.max(MIN_WIDTH, columns);
};

/**
 * The most rows of a table to print: TERMINAL_ROWS when stdout is a terminal
 * and --all is not given; none otherwise. A script that pipes a table
 * never loses a row.
 */
export const tableRowLimit = (
  context: Pick<CommandContext, "stdout">,
  output: string | undefined,
  all: boolean | undefined,
): number | undefined =>
  toStdout(output) && context.stdout.isTTY === true && all !== true ? TERMINAL_ROWS : undefined;

/** Both, as FormatOptions take them. */
export const terminalFit = (
  context: Pick<CommandContext, "env" | "stdout">,
  output: string | undefined,
  all?: boolean,
): { width?: number; rowLimit?: number } => {
  const width = terminalWidth(context, output);
  const rowLimit = tableRowLimit(context, output, all);
  return {
    ...(width !== undefined ? { width } : {}),
    ...(rowLimit !== undefined ? { rowLimit } : {}),
  };
};

/**
 * The width the lines for people on stderr (problems, warnings, summaries)
 * wrap to: only when stderr is a terminal, COLUMNS when set as above, else
 * the terminal's columns, never less than MIN_WIDTH. Undefined when stderr is
 * not a terminal (a pipe, a log file): every line stays one line, byte for
 * byte what scripts read.
 */
export const stderrWidth = (
  context: Pick<CommandContext, "env" | "stderr">,
): number | undefined => {
  if (context.stderr.isTTY !== true) return undefined;
  const asked = context.env.COLUMNS;
  const fromEnv = asked !== undefined && /^[1-9]\d{0,5}$/.test(asked) ? Number(asked) : undefined;
  const own = context.stderr.columns;
  const columns = fromEnv ?? (own !== undefined && own > 0 ? own : undefined);
  return columns === undefined ? undefined : Math.max(MIN_WIDTH, columns);
};

/**
 * Lines for people on stderr fitted to its width when it is a terminal
 * (wrapped at spaces, continuing two spaces in, the names in `whole` never
 * broken); unchanged otherwise.
 */
export const fitStderr = (
  context: Pick<CommandContext, "env" | "stderr">,
  text: string,
  whole: readonly string[] = [],
): string => fitError(text, stderrWidth(context), whole);
