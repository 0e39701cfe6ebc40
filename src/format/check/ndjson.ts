import type { CheckFormatter } from "./types.js";
import { verdictJson } from "./types.js";

/** One applicant object per line, nothing else: the summary goes to stderr. */
export const checkNdjson = (): CheckFormatter => ({
  begin: () => "",
  row: (v) => `${JSON.stringify(verdictJson(v))}\n`,
  end: () => "",
});
