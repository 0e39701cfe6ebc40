/**
 * Where a streamed result goes: stdout (honouring back-pressure, so a million
 * rows never pile up in memory) or an atomic file that appears only when the
 * run succeeds.
 */
import { resolve } from "node:path";
import { assertNotAnInput, openAtomic } from "../io/write-output.js";
import type { CommandContext } from "./context.js";

export interface Sink {
  /** Buffers text; bytes (xlsx) flush what is buffered and go out as they are. */
  write(chunk: string | Uint8Array): Promise<void> | undefined;
  close(): Promise<void>;
  abort(): Promise<void>;
}

const FLUSH_AT = 64 * 1024;

export const openSink = async (
  context: CommandContext,
  output: string | undefined,
  inputs: readonly string[],
): Promise<Sink> => {
  let buffer = "";
  let flushOut: (chunk: string | Uint8Array) => Promise<void>;
  let commit: () => Promise<void> = async () => {};
  let abort: () => Promise<void> = async () => {};
  if (output === undefined || output === "-") {
    const stream = context.stdout as NodeJS.WritableStream & { writableNeedDrain?: boolean };
    flushOut = (text) =>
      stream.write(text) || typeof stream.once !== "function"
        ? Promise.resolve()
        : new Promise<void>((done) => stream.once("drain", () => done()));
  } else {
    const target = resolve(context.cwd, output);
    assertNotAnInput(
      target,
      inputs.map((i) => (i === "-" ? i : resolve(context.cwd, i))),
      output,
    );
    const file = await openAtomic(target, output);
    flushOut = (text) => file.write(text);
    commit = () => file.commit();
    abort = () => file.abort();
  }
  return {
    write(chunk) {
      if (typeof chunk !== "string") {
        const pending = buffer;
        buffer = "";
        return (pending ? flushOut(pending) : Promise.resolve()).then(() => flushOut(chunk));
      }
      buffer += chunk;
      if (buffer.length < FLUSH_AT) return undefined;
      const out = buffer;
      buffer = "";
      return flushOut(out);
    },
    async close() {
      if (buffer) await flushOut(buffer);
      buffer = "";
      await commit();
    },
    abort,
  };
};
