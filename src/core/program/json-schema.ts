import { programSchema } from "./schema.js";
import * as z from "./zod.js";

/**
 * The JSON Schema (draft-07, the draft yaml-language-server understands) of
 * program files. Defaults make keys optional for the writer of a file, so the
 * schema describes the input side.
 */
export const programJsonSchema = (): Record<string, unknown> => ({
  ...(withoutUnionTypes(
    z.toJSONSchema(programSchema, { target: "draft-7", io: "input", unrepresentable: "any" }),
  ) as Record<string, unknown>),
  title: "cohort program file",
});

/**
 * `"type": ["string", "number"]` as `anyOf` one type each: the same schema,
 * in the form that validators' strict modes (ajv's strictTypes) accept.
 */
const withoutUnionTypes = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(withoutUnionTypes);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      // A `type` whose value is a list of names is the keyword; under
      // `properties` a key named `type` holds a schema (an object).
      key === "type" && Array.isArray(value)
        ? ["anyOf", value.map((t) => ({ type: t }))]
        : [key, withoutUnionTypes(value)],
    ),
  );
};
