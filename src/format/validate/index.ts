import { type Formatter, whole } from "../formatter.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import type { ValidateFormat } from "./names.js";
import { formatPretty } from "./pretty.js";
import type { ValidateReport } from "./report.js";

export { VALIDATE_FORMAT_NAMES, type ValidateFormat } from "./names.js";

export const VALIDATE_FORMATS = {
  pretty: whole(formatPretty),
  json: whole(formatJson),
  github: whole(formatGithub),
  junit: whole(formatJunit),
} satisfies Record<ValidateFormat, Formatter<ValidateReport>>;
