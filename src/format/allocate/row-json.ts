import type { DecisionRow } from "../../core/decision/report.js";
import { jsonStrings } from "../json-text.js";

/** The same reason texts recur across a list, so each is encoded once. */
const encodeReason = jsonStrings(4096);

/**
 * The same object as JSON text, written by hand: a million rows of
 * JSON.stringify over fresh objects cost more than the allocation itself.
 * A test keeps it equal to JSON.stringify(rowJsonOf(row)) (src/core/decision/row-json.ts).
 */
export const rowJsonText = (row: DecisionRow): string =>
  `{"id":${JSON.stringify(row.id)},"outcome":"${row.outcome}","quota":${row.quota === null ? "null" : JSON.stringify(row.quota)},"rank":${row.rank === null ? "null" : row.rank},"position":${row.position ? `{"overall":${row.position.overall},"inGroup":${row.position.inGroup}}` : "null"},"code":"${row.code}","reason":${encodeReason(row.reason)},"transferred":${row.transferred}${row.newlyOffered ? ',"newlyOffered":true' : ""}}`;
