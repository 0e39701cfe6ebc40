import type { Formatter } from "../formatter.js";
import { formatJson } from "./json.js";
import type { ListReport } from "./report.js";
import { formatTable } from "./table.js";

/** Formats of `cohort list`; the names are the --format choices. */
export const LIST_FORMATS = {
  table: formatTable,
  json: formatJson,
} satisfies Record<string, Formatter<ListReport>>;

export type ListFormat = keyof typeof LIST_FORMATS;
