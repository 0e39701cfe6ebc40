import { allocateCsv } from "./csv.js";
import { allocateJson } from "./json.js";
import { allocateTable } from "./table.js";
import type { DecisionFormatter } from "./types.js";
import { allocateXlsx } from "./xlsx.js";

export const ALLOCATE_FORMATS = {
  table: allocateTable,
  csv: allocateCsv,
  json: allocateJson,
  xlsx: allocateXlsx,
} satisfies Record<string, DecisionFormatter>;

export type AllocateFormat = keyof typeof ALLOCATE_FORMATS;
