/** cohort schema: the JSON Schema of program files, generated from the zod schema. */

import { programJsonSchema } from "../../core/program/json-schema.js";
import { ExitCode } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { emit } from "../output.js";

export const run = async (
  _args: unknown[],
  options: { output?: string },
  context: CommandContext,
): Promise<number> => {
  await emit(context, `${JSON.stringify(programJsonSchema(), null, 2)}\n`, options.output);
  return ExitCode.ok;
};
