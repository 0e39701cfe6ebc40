import { type Formatter, whole } from "../formatter.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import type { ValidateFormat } from "./names.js";
import { formatPretty } from "./pretty.js";
import type { ValidateReport } from "./report.js";
import { formatSarif } from "./sarif.js";

export { VALIDATE_FORMAT_NAMES, type ValidateFormat } from "./names.js";

export const VALIDATE_FORMATS = {
  pretty: whole(formatPretty),
  json: whole(formatJson),
  github: whole(formatGithub),
  junit: whole(formatJunit),
  sarif: whole(formatSarif),
  gitlab: whole(formatGitlab),
  compact: whole(formatCompact),
} satisfies Record<ValidateFormat, Formatter<ValidateReport>>;
