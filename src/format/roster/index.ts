import type { RosterDocument } from "../../core/progress/roster.js";
import type { Formatter } from "../formatter.js";
import { rosterCsv } from "./csv.js";
import type { RosterFormat } from "./names.js";
import { rosterXlsx } from "./xlsx.js";

export const ROSTER_FORMATS: Record<RosterFormat, Formatter<RosterDocument>> = {
  xlsx: rosterXlsx,
  csv: rosterCsv,
};
