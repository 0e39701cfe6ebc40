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
  `{"id":${JSON.stringify(row.id)},"outcome":"${row.outcome}","quota":${row.quota === null ? "null" : JSON.stringify(row.quota)},"rank":${row.rank === null ? "null" : row.rank},"position":${row.position ? `{"overall":${row.position.overall},"inGroup":${row.position.inGroup}}` : "null"},"code":"${row.code}","reason":${encodeReason(row.reason)},"transferred":${row.transferred}${row.newlyOffered ? ',"newlyOffered":true' : ""}${row.choices ? classText(row) : ""}${row.group !== undefined ? groupText(row.group) : ""}}`;

/** The leader group key of a program with groups, last (rowJsonOf's order). */
const groupText = (group: string | null): string =>
  `,"group":${group === null ? "null" : JSON.stringify(group)}`;

/** The keys of an intake with classes, in rowJsonOf's order. */
const classText = (row: DecisionRow): string => {
  let text = `,"choices":${JSON.stringify(row.choices)}`;
  if (row.class !== undefined)
    text += `,"class":${JSON.stringify(row.class)},"choice":${row.choice}`;
  if (row.choiceReasons) {
    const reasons = row.choiceReasons.map(
      (r) =>
        `{"choice":${r.choice},"id":${JSON.stringify(r.id)},"code":"${r.code}","reason":${encodeReason(r.reason)}}`,
    );
    text += `,"choiceReasons":[${reasons.join(",")}]`;
  }
  if (row.positions) text += `,"positions":${JSON.stringify(row.positions)}`;
  return text;
};
