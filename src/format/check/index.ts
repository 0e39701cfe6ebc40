import { checkCsv } from "./csv.js";
import { checkJson } from "./json.js";
import { checkNdjson } from "./ndjson.js";
import { checkTable } from "./table.js";
import type { CheckFormatter } from "./types.js";

/** Streaming formatters keep state per run, so the registry holds factories. */
export const CHECK_FORMATS = {
  table: checkTable,
  csv: checkCsv,
  json: checkJson,
  ndjson: checkNdjson,
} satisfies Record<string, () => CheckFormatter>;

export type CheckFormat = keyof typeof CHECK_FORMATS;
