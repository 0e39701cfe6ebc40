import type { Decision } from "../../core/decision/report.js";
import { carriedJson, withCarried } from "../carried.js";
import type { Formatter } from "../formatter.js";
import { rowJsonText } from "./row-json.js";

export const allocateJson: Formatter<Decision> = function* (decision) {
  const intake =
    decision.intake !== undefined ? `  "intake": ${JSON.stringify(decision.intake)},\n` : "";
  yield `{\n  "version": 1,\n  "program": ${JSON.stringify(decision.program)},\n${intake}  "seed": ${JSON.stringify(decision.seed)},\n`;
  if (decision.declined.length > 0 || decision.offered.length > 0) {
    yield `  "declined": ${JSON.stringify(decision.declined)},\n  "offered": ${JSON.stringify(decision.offered)},\n`;
  }
  yield `  "applicants": [`;
  const carried = carriedJson(decision.carry);
  let first = true;
  for (const row of decision.rows) {
    yield `${first ? "\n" : ",\n"}    ${withCarried(rowJsonText(row), carried(row.carried))}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],\n  "summary": ${JSON.stringify(decision.summary, null, 2).replace(/\n/g, "\n  ")}\n}\n`;
};
