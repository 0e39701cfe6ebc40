/**
 * The status line on stderr while a long applicant list is read: rows read
 * and the percent of the file's bytes, rewritten in place. Only on a
 * terminal, never under --quiet, and only once a run has taken a second, so
 * that short runs print nothing; at most five updates a second. The line is
 * erased when the reading is done, and before anything is written to stdout
 * when stdout is the same terminal.
 */
import type { Locale } from "../core/language/index.js";
import { languageOf } from "../core/language/index.js";
import { shorten } from "../format/fit-width.js";
import type { ReadProgress } from "../io/applicants/types.js";
import type { CommandContext, OutputStream } from "./context.js";

/** Milliseconds of silence before the first update, and between updates. */
export const METER_DELAY = 1000;
export const METER_INTERVAL = 200;

const ERASE = "\r\u001b[K";

export interface ReadMeter {
  /** The command's context, with the meter told of the list's progress and stdout clearing it. */
  readonly context: CommandContext;
  /** Erases the line, for good: the reading is done. */
  stop(): void;
  /** The verdicts (or any batches) of the list, with the meter stopped once they are all taken. */
  until<T>(batches: AsyncIterable<T>): AsyncIterable<T>;
}

export const readMeter = (
  context: CommandContext,
  now: () => number = () => performance.now(),
): ReadMeter => {
  const status = context.status;
  const on = status !== undefined && status.isTTY === true && !context.quiet;
  const start = now();
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  let stopped = !on;
  const stop = () => {
    if (shown) status?.write(ERASE);
    shown = false;
    stopped = true;
  };
  const update = (progress: ReadProgress, locale: Locale) => {
    if (stopped) return;
    const t = now();
    if (t - start < METER_DELAY || t - last < METER_INTERVAL) return;
    last = t;
    const percent =
      progress.totalBytes !== undefined && progress.totalBytes > 0
        ? Math.min(100, Math.floor((progress.bytes * 100) / progress.totalBytes))
        : undefined;
    const text = languageOf(locale).terminal.reading(progress.rows, percent);
    // One column short of the terminal: a full line would wrap, and \r return to the wrong one.
    const columns = status?.columns && status.columns > 1 ? status.columns - 1 : 79;
    status?.write(`\r${shorten(text, columns)}\u001b[K`);
    shown = true;
  };
  const stdout: OutputStream =
    on && context.stdout.isTTY === true
      ? {
          isTTY: true,
          ...(context.stdout.columns !== undefined ? { columns: context.stdout.columns } : {}),
          write: (chunk) => {
            stop();
            return context.stdout.write(chunk);
          },
        }
      : context.stdout;
  return {
    context: on ? { ...context, stdout, onListProgress: update } : context,
    stop,
    until: <T>(batches: AsyncIterable<T>): AsyncIterable<T> =>
      on
        ? (async function* () {
            try {
              yield* batches;
            } finally {
              stop();
            }
          })()
        : batches,
  };
};
