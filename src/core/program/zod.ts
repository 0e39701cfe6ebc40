/**
 * The parts of zod cohort uses, re-exported by name. Importing the `z`
 * namespace from "zod" pulls every locale and feature into the bundle
 * (about 730 kB) and costs start-up time on every `cohort validate`; named
 * re-exports let the bundler keep only what is used (docs/performance.md).
 */

export type { core, input, output, ZodType } from "zod";
export {
  array,
  boolean,
  config,
  enum,
  int,
  iso,
  number,
  record,
  strictObject,
  string,
  toJSONSchema,
  union,
  unknown,
} from "zod";
