import type { Formatter } from "../formatter.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatPretty } from "./pretty.js";
import type { ValidateReport } from "./report.js";
import { formatSarif } from "./sarif.js";

export const VALIDATE_FORMATS = {
  pretty: formatPretty,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
  gitlab: formatGitlab,
  compact: formatCompact,
} satisfies Record<string, Formatter<ValidateReport>>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
