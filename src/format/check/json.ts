import { verdictJsonText } from "./ndjson.js";
import type { CheckFormatter } from "./types.js";

/** One JSON document, streamed: the applicants array is written as rows arrive. */
export const checkJson = (): CheckFormatter => {
  let first = true;
  const json = verdictJsonText();
  return {
    begin: (meta) =>
      `{\n  "version": 1,\n  "program": ${JSON.stringify(meta.program)},\n  "applicants": [`,
    row: (v) => {
      const text = `${first ? "\n" : ",\n"}    ${json(v)}`;
      first = false;
      return text;
    },
    end: (summary) => `${first ? "" : "\n  "}],\n  "summary": ${JSON.stringify(summary)}\n}\n`,
  };
};
