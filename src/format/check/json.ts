import type { CheckFormatter } from "./types.js";
import { verdictJson } from "./types.js";

/** One JSON document, streamed: the applicants array is written as rows arrive. */
export const checkJson = (): CheckFormatter => {
  let first = true;
  return {
    begin: (meta) =>
      `{\n  "version": 1,\n  "program": ${JSON.stringify(meta.program)},\n  "applicants": [`,
    row: (v) => {
      const text = `${first ? "\n" : ",\n"}    ${JSON.stringify(verdictJson(v))}`;
      first = false;
      return text;
    },
    end: (summary) => `${first ? "" : "\n  "}],\n  "summary": ${JSON.stringify(summary)}\n}\n`,
  };
};
