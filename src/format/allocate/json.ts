import type { Decision } from "../../core/decision/report.js";
import type { Formatter } from "../formatter.js";
import { byteChunks, rowJsonBytes } from "./row-bytes.js";

const utf8 = new TextEncoder();
const FIRST = utf8.encode("\n    ");
const NEXT = utf8.encode(",\n    ");

export const allocateJson: Formatter<Decision> = function* (decision) {
  const intake =
    decision.intake !== undefined ? `  "intake": ${JSON.stringify(decision.intake)},\n` : "";
  yield `{\n  "version": 1,\n  "program": ${JSON.stringify(decision.program)},\n${intake}  "seed": ${JSON.stringify(decision.seed)},\n`;
  if (decision.declined.length > 0 || decision.offered.length > 0) {
    yield `  "declined": ${JSON.stringify(decision.declined)},\n  "offered": ${JSON.stringify(decision.offered)},\n`;
  }
  yield `  "applicants": [`;
  // Each row `withCarried(rowJsonText(row), carried)`, written as bytes (row-bytes.ts).
  const chunks = byteChunks(rowJsonBytes(decision.carry));
  let first = true;
  for (const row of decision.rows) {
    const full = chunks.add(first ? FIRST : NEXT, row);
    first = false;
    if (full) yield full;
  }
  const last = chunks.rest();
  if (last.length > 0) yield last;
  yield `${first ? "" : "\n  "}],\n  "summary": ${JSON.stringify(decision.summary, null, 2).replace(/\n/g, "\n  ")}\n}\n`;
};
