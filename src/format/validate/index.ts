import type { Formatter } from "../formatter.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatPretty } from "./pretty.js";
import type { ValidateReport } from "./report.js";

export const VALIDATE_FORMATS = {
  pretty: formatPretty,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
} satisfies Record<string, Formatter<ValidateReport>>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
