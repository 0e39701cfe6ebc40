import type { CheckRun } from "../../core/check/run.js";
import type { Formatter } from "../formatter.js";
import { checkCsv } from "./csv.js";
import { checkJson } from "./json.js";
import type { CheckFormat } from "./names.js";
import { checkNdjson } from "./ndjson.js";
import { checkTable } from "./table.js";

export { CHECK_FORMAT_NAMES, type CheckFormat } from "./names.js";

/**
 * The workbook format, loaded when asked for: the spreadsheet library is a
 * megabyte of code that every other format (and a million-row check's
 * start-up, which the worker threads wait for) would otherwise compile.
 */
const checkXlsx: Formatter<CheckRun> = async function* (run, options) {
  const { checkXlsx: workbook } = await import("./xlsx.js");
  yield* workbook(run, options);
};

export const CHECK_FORMATS = {
  table: checkTable,
  csv: checkCsv,
  json: checkJson,
  ndjson: checkNdjson,
  xlsx: checkXlsx,
} satisfies Record<CheckFormat, Formatter<CheckRun>>;
