/** Writing a command's result: to stdout, or atomically to the -o file. */
import { resolve } from "node:path";
import { assertNotAnInput, writeFileAtomic } from "../io/write-output.js";
import type { CommandContext } from "./context.js";

export const emit = async (
  context: CommandContext,
  content: string,
  output: string | undefined,
  inputs: readonly string[] = [],
): Promise<void> => {
  if (output === undefined || output === "-") {
    context.stdout.write(content);
    return;
  }
  const target = resolve(context.cwd, output);
  assertNotAnInput(
    target,
    inputs.map((input) => (input === "-" ? input : resolve(context.cwd, input))),
  );
  await writeFileAtomic(target, output, content);
};
