import type { ProgressReport } from "../../core/progress/report.js";
import type { Formatter } from "../formatter.js";
import { progressCsv } from "./csv.js";
import { progressJson } from "./json.js";
import type { ProgressFormat } from "./names.js";
import { progressTable } from "./table.js";
import { progressXlsx } from "./xlsx.js";

export const PROGRESS_FORMATS: Record<ProgressFormat, Formatter<ProgressReport>> = {
  table: progressTable,
  csv: progressCsv,
  json: progressJson,
  xlsx: progressXlsx,
};
