/** Writing a whole result at once: to stdout, or atomically to the -o file. */
import type { CommandContext } from "./context.js";
import { openSink } from "./sink.js";

export const emit = async (
  context: CommandContext,
  content: string,
  output: string | undefined,
  inputs: readonly string[] = [],
): Promise<void> => {
  const sink = await openSink(context, output, inputs);
  try {
    await sink.write(content);
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }
};
