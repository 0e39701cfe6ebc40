import type { DecisionRow } from "../../core/decision/report.js";

/**
 * The same object as JSON text, written by hand: a million rows of
 * JSON.stringify over fresh objects cost more than the allocation itself.
 * A test keeps it equal to JSON.stringify(rowJsonOf(row)) (src/core/decision/row-json.ts).
 */
const encoded = new Map<string, string>();
/** JSON of a reason; the same texts recur across a list, so each is encoded once. */
const encodeReason = (reason: string): string => {
  let json = encoded.get(reason);
  if (json === undefined) {
    json = JSON.stringify(reason);
    if (encoded.size < 4096) encoded.set(reason, json);
  }
  return json;
};

export const rowJsonText = (row: DecisionRow): string =>
  `{"id":${JSON.stringify(row.id)},"outcome":"${row.outcome}","quota":${row.quota === null ? "null" : JSON.stringify(row.quota)},"rank":${row.rank === null ? "null" : row.rank},"position":${row.position ? `{"overall":${row.position.overall},"inGroup":${row.position.inGroup}}` : "null"},"code":"${row.code}","reason":${encodeReason(row.reason)},"transferred":${row.transferred}${row.newlyOffered ? ',"newlyOffered":true' : ""}}`;
