import { programSchema } from "./schema.js";
import * as z from "./zod.js";

/**
 * The JSON Schema (draft-07, the draft yaml-language-server understands) of
 * program files. Defaults make keys optional for the writer of a file, so the
 * schema describes the input side.
 */
export const programJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(programSchema, { target: "draft-7", io: "input", unrepresentable: "any" }),
  title: "cohort program file",
});
