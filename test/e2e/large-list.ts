import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./run-cli.js";

/**
 * 60,000 generated rows (about 17 MB, over the 16 MiB threshold of the
 * worker-thread path), 1 % of them bad, with two rows repeated at the end so
 * that duplicate ids are far apart. Returns the list's path in `folder`.
 */
export const listOverThreshold = (folder: string, { crlf = false } = {}): string => {
  const list = join(folder, "applicants.csv");
  const args = [join(ROOT, "bench/generate-applicants.mjs"), "60000", list, "--invalid", "0.01"];
  execFileSync(process.execPath, crlf ? [...args, "--crlf"] : args);
  const newline = crlf ? "\r\n" : "\n";
  const text = readFileSync(list, "utf8");
  const rows = text.split(crlf ? /\r\n(?=S\d{7})/ : /\n(?=S\d{7})/);
  writeFileSync(list, `${text}${rows[3]}${newline}${rows[50000]}${newline}`);
  return list;
};
