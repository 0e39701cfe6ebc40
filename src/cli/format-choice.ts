/**
 * Which format to write when --format is not given: the one the -o file's
 * extension names (`-o result.xlsx` means xlsx), else the command's default.
 * Writing a terminal table into result.xlsx helps nobody.
 */
import { extname } from "node:path";

export const formatFor = <F extends string>(
  given: F | undefined,
  output: string | undefined,
  byExtension: Readonly<Record<string, F>>,
  fallback: F,
): F => {
  if (given !== undefined) return given;
  if (output !== undefined && output !== "-") {
    const byName = byExtension[extname(output).toLowerCase()];
    if (byName !== undefined) return byName;
  }
  return fallback;
};
