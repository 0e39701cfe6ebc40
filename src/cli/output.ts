/**
 * Writing a formatter's output: to stdout, or atomically to the -o file that
 * appears only when every piece was written.
 */
import type { Chunk } from "../format/formatter.js";
import type { CommandContext } from "./context.js";
import { openSink, type Sink } from "./sink.js";

/** Writes a formatter's pieces into an open sink, waiting only when it asks (back-pressure). */
export const pour = async (
  sink: Sink,
  /** A whole text, or the pieces a formatter yields. */
  content: string | Iterable<Chunk> | AsyncIterable<Chunk>,
): Promise<void> => {
  if (typeof content === "string") await sink.write(content);
  else if (Symbol.asyncIterator in content) {
    for await (const chunk of content) {
      const pending = sink.write(chunk);
      if (pending) await pending;
    }
  } else {
    // A loop without await per piece: a million rows stay a synchronous loop
    // until the sink asks to wait.
    for (const chunk of content) {
      const pending = sink.write(chunk);
      if (pending) await pending;
    }
  }
};

export const emit = async (
  context: CommandContext,
  content: string | Iterable<Chunk> | AsyncIterable<Chunk>,
  output: string | undefined,
  inputs: readonly string[] = [],
): Promise<void> => {
  const sink = await openSink(context, output, inputs);
  try {
    await pour(sink, content);
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }
};
