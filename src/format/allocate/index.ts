import type { Decision } from "../../core/decision/report.js";
import type { Formatter } from "../formatter.js";
import { allocateCsv } from "./csv.js";
import { allocateJson } from "./json.js";
import type { AllocateFormat } from "./names.js";
import { allocateTable } from "./table.js";
import { allocateXlsx } from "./xlsx.js";

export { ALLOCATE_FORMAT_NAMES, type AllocateFormat } from "./names.js";

/** Each yields its output in pieces, so a million rows stream to the file. */
export const ALLOCATE_FORMATS = {
  table: allocateTable,
  csv: allocateCsv,
  json: allocateJson,
  xlsx: allocateXlsx,
} satisfies Record<AllocateFormat, Formatter<Decision>>;
