/**
 * Where a streamed result goes: stdout (honouring back-pressure, so a million
 * rows never pile up in memory) or an atomic file that appears only when the
 * run succeeds.
 */
import { resolve } from "node:path";
import {
  type AtomicWriter,
  assertNotAnInput,
  commitTogether,
  openAtomic,
} from "../io/write-output.js";
import type { CommandContext } from "./context.js";

export interface Sink {
  /**
   * Buffers text and bytes (copied: once the promise it returns, if any, is
   * settled, the caller may fill the same bytes again).
   */
  write(chunk: string | Uint8Array): Promise<void> | undefined;
  close(): Promise<void>;
  abort(): Promise<void>;
  /** Writes out what is buffered, without committing a file. */
  flush(): Promise<void>;
  /** The file behind the sink, or undefined for stdout. */
  readonly file: AtomicWriter | undefined;
}

/**
 * Closes several sinks of one run together: the files they write appear
 * together or not at all (see commitTogether).
 */
export const closeTogether = async (sinks: readonly Sink[]): Promise<void> => {
  for (const sink of sinks) await sink.flush();
  const files = sinks.flatMap((s) => (s.file ? [s.file] : []));
  await commitTogether(files);
};

const BUFFER_BYTES = 256 * 1024;

export const openSink = async (
  context: CommandContext,
  output: string | undefined,
  inputs: readonly string[],
): Promise<Sink> => {
  let flushOut: (chunk: string | Uint8Array) => Promise<void>;
  // Whether what flushOut was given has gone out already (a synchronous
  // stdout: a file, or a pipe on Linux), so that the buffer can be filled again.
  let taken: () => boolean = () => false;
  let commit: () => Promise<void> = async () => {};
  let abort: () => Promise<void> = async () => {};
  let writer: AtomicWriter | undefined;
  if (output === undefined || output === "-") {
    const stream = context.stdout as NodeJS.WritableStream & { writableNeedDrain?: boolean };
    flushOut = (text) =>
      stream.write(text) || typeof stream.once !== "function"
        ? Promise.resolve()
        : new Promise<void>((done) => stream.once("drain", () => done()));
    taken = () => (stream as { writableLength?: number }).writableLength === 0;
  } else {
    const target = resolve(context.cwd, output);
    assertNotAnInput(
      target,
      inputs.map((i) => (i === "-" ? i : resolve(context.cwd, i))),
      output,
    );
    const file = await openAtomic(target, output);
    writer = file;
    flushOut = (text) => file.write(text);
    commit = () => file.commit();
    abort = () => file.abort();
  }
  // Text is encoded into a byte buffer as it comes: one UTF-8 encoding per
  // piece, no long string of rows to flatten and encode again at the end.
  let bytes = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const drain = (): Promise<void> => {
    if (used === 0) return Promise.resolve();
    const out = bytes.subarray(0, used);
    used = 0;
    const pending = flushOut(out);
    // A million rows would otherwise leave a thousand buffers for the collector.
    if (!taken()) bytes = Buffer.allocUnsafe(BUFFER_BYTES);
    return pending;
  };
  /** Bytes copied in, a buffer at a time. */
  const writeBytes = async (chunk: Uint8Array): Promise<void> => {
    for (let at = 0; at < chunk.length; ) {
      if (used === BUFFER_BYTES) await drain();
      const n = Math.min(chunk.length - at, BUFFER_BYTES - used);
      bytes.set(chunk.subarray(at, at + n), used);
      used += n;
      at += n;
    }
  };
  return {
    write(chunk) {
      if (typeof chunk !== "string") return writeBytes(chunk);
      // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
      if (chunk.length * 3 > BUFFER_BYTES - used) {
        const pending = drain();
        if (chunk.length * 3 > BUFFER_BYTES) return pending.then(() => flushOut(chunk));
        used += bytes.write(chunk, used, "utf8");
        return pending;
      }
      used += bytes.write(chunk, used, "utf8");
      return undefined;
    },
    async close() {
      await drain();
      await commit();
    },
    abort,
    flush: drain,
    file: writer,
  };
};
