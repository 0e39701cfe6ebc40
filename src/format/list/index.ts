import { type Formatter, whole } from "../formatter.js";
import { formatJson } from "./json.js";
import type { ListFormat } from "./names.js";
import type { ListReport } from "./report.js";
import { formatTable } from "./table.js";

export { LIST_FORMAT_NAMES, type ListFormat } from "./names.js";

/** Formats of `cohort list`. */
export const LIST_FORMATS = {
  table: whole(formatTable),
  json: whole(formatJson),
} satisfies Record<ListFormat, Formatter<ListReport>>;
