import type { CheckRun } from "../../core/check/run.js";
import type { Formatter } from "../formatter.js";
import { verdictJsonText } from "./ndjson.js";

/** One JSON document, streamed: the applicants array is written as rows arrive. */
export const checkJson: Formatter<CheckRun> = async function* (run) {
  const json = verdictJsonText(run.carry);
  yield `{\n  "version": 1,\n  "program": ${JSON.stringify(run.program)},\n  "applicants": [`;
  let first = true;
  for await (const batch of run.verdicts) {
    let text = "";
    for (const v of batch) {
      text += `${first ? "\n" : ",\n"}    ${json(v)}`;
      first = false;
    }
    yield text;
  }
  yield `${first ? "" : "\n  "}],\n  "summary": ${JSON.stringify(run.summary())}\n}\n`;
};
