/**
 * Where the warnings of loaded programs go: stderr, each program's once per
 * run however often it is loaded, and nowhere under --quiet (they do not
 * change the exit code; `cohort validate` is where they decide it).
 */
import type { LocatedFinding } from "../core/findings.js";
import { programWarningLines } from "../format/program-warnings.js";
import type { OutputStream } from "./context.js";

export const programWarningsTo = (
  stderr: OutputStream,
  quiet: boolean,
): ((file: string, warnings: readonly LocatedFinding[]) => void) => {
  const shown = new Set<string>();
  return (file, warnings) => {
    if (quiet || shown.has(file)) return;
    shown.add(file);
    stderr.write(programWarningLines(warnings));
  };
};
