import type { CheckRun } from "../../core/check/run.js";
import type { Formatter } from "../formatter.js";
import { checkCsv } from "./csv.js";
import { checkJson } from "./json.js";
import type { CheckFormat } from "./names.js";
import { checkNdjson } from "./ndjson.js";
import { checkTable } from "./table.js";
import { checkXlsx } from "./xlsx.js";

export { CHECK_FORMAT_NAMES, type CheckFormat } from "./names.js";

export const CHECK_FORMATS = {
  table: checkTable,
  csv: checkCsv,
  json: checkJson,
  ndjson: checkNdjson,
  xlsx: checkXlsx,
} satisfies Record<CheckFormat, Formatter<CheckRun>>;
