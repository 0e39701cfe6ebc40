/**
 * The parts of zod cohort uses, re-exported by name. Importing the `z`
 * namespace from "zod" pulls every locale and feature into the bundle
 * (about 730 kB) and costs start-up time on every `cohort validate`; named
 * re-exports let the bundler keep only what is used (docs/performance.md).
 */

import { config } from "zod";

// Set here, where every schema of cohort's gets zod from, and so before any
// schema is built: zod reads the setting when it builds an object schema, not
// when it checks. A program file is parsed once per run, and compiling zod's
// fast path with new Function() costs more than it saves; V8's code cache
// cannot hold code made by new Function() either (docs/performance.md).
config({ jitless: true });

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
