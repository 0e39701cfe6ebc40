/**
 * Runs a command line in this process, through the real command tree, with a
 * CommandContext of in-memory streams, a pinned date and no colour: what a
 * user would see, without spawning the binary.
 */
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { CommandContext, OutputStream } from "../../src/cli/context.js";
import { type GlobalOptions, runCli } from "../../src/cli/program.js";
import { programWarningsTo } from "../../src/cli/program-warnings.js";
import { CohortError } from "../../src/errors.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface InProcessResult {
  code: number;
  stdout: string;
  /** What the command wrote to stderr; an error that stopped it is in `error`. */
  stderr: string;
  error?: CohortError;
  /** stdout as bytes (xlsx). */
  bytes: Buffer;
}

class Memory implements OutputStream {
  readonly chunks: Buffer[] = [];
  isTTY = false;
  columns: number | undefined;
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    return true;
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export interface RunOptions {
  cwd?: string;
  stdin?: string | Buffer;
  env?: Record<string, string>;
  today?: string;
  /** stdout is a terminal of this many columns (0: of unknown width). */
  tty?: { columns: number };
  /** stderr is a terminal of this many columns. */
  stderrTty?: { columns: number };
}

export const run = async (argv: string[], options: RunOptions = {}): Promise<InProcessResult> => {
  const stdout = new Memory();
  const stderr = new Memory();
  if (options.tty) {
    stdout.isTTY = true;
    if (options.tty.columns > 0) stdout.columns = options.tty.columns;
  }
  if (options.stderrTty) {
    stderr.isTTY = true;
    stderr.columns = options.stderrTty.columns;
  }
  const contextFor = (globals: GlobalOptions): CommandContext => {
    const quiet = globals.quiet === true;
    return {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? {},
      stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
      stdout,
      stderr,
      color: { stdout: false, stderr: false },
      quiet,
      today: options.today ?? "2027-01-15",
      onProgramWarnings: programWarningsTo(stderr, quiet, globals.lang, options.env ?? {}),
      onNotice: (message: string) => {
        if (!quiet) stderr.write(`${message}\n`);
      },
    };
  };
  let code: number;
  let error: CohortError | undefined;
  try {
    code = await runCli(argv, contextFor);
  } catch (caught) {
    if (!(caught instanceof CohortError)) throw caught;
    error = caught;
    code = caught.exitCode;
  }
  const bytes = stdout.bytes();
  return {
    code,
    stdout: bytes.toString("utf8"),
    stderr: stderr.bytes().toString("utf8"),
    bytes,
    ...(error ? { error } : {}),
  };
};
