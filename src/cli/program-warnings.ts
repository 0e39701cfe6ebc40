/**
 * Where the warnings of loaded programs go: stderr, each program's once per
 * run however often it is loaded, and nowhere under --quiet (they do not
 * change the exit code; `cohort validate` is where they decide it). Worded in
 * the run's `--lang`, else the program's language; fitted to stderr's width
 * when stderr is a terminal (terminal.ts's stderrWidth).
 */
import type { LocatedFinding } from "../core/findings.js";
import type { Locale } from "../core/language/index.js";
import { programWarningLines } from "../format/program-warnings.js";
import type { CommandContext, OutputStream } from "./context.js";
import { stderrWidth } from "./terminal.js";

export const programWarningsTo = (
  stderr: OutputStream,
  quiet: boolean,
  lang?: Locale,
  env: CommandContext["env"] = {},
): ((file: string, warnings: readonly LocatedFinding[], locale?: Locale) => void) => {
  const shown = new Set<string>();
  return (file, warnings, locale) => {
    if (quiet || shown.has(file)) return;
    shown.add(file);
    stderr.write(programWarningLines(warnings, lang ?? locale, stderrWidth({ env, stderr })));
  };
};
