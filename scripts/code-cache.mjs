// Writes dist/validate.cache: runs dist/validate.cjs as bin/cohort.js does, on
// the arguments given (`validate` and them), and saves V8's code cache of the
// script after the run, when it holds every function the run compiled.
// Called by scripts/build.mjs in a fresh node process; cohort itself never
// writes a cache (docs/performance.md, "Start-up").
//
// What bin/cohort.js checks before it uses the cache, and so what must match:
//   - the header line: the script's build id (its first line), node's version
//     and the architecture;
//   - V8's own checks (V8 version, V8 flags, the script's length), and with
//     --verify-snapshot-checksum, set while the script is compiled and while
//     the cache is made, a checksum of the cache.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";

const script = fileURLToPath(new URL("../dist/validate.cjs", import.meta.url));
const target = fileURLToPath(new URL("../dist/validate.cache", import.meta.url));
// Read as bin/cohort.js reads it: the build writes it in ASCII only.
const source = readFileSync(script, "latin1");
const id = /^\/\/ cohort validate ([0-9a-f]+)\n/.exec(source)?.[1];
if (!id) throw new Error(`${script} has no build id on its first line`);

v8.setFlagsFromString("--verify-snapshot-checksum");
const compiled = new vm.Script(source, { filename: script });
v8.setFlagsFromString("--no-verify-snapshot-checksum");

// main.ts reads its arguments from process.argv, as in a user's run.
process.argv = [
  process.execPath,
  fileURLToPath(new URL("../bin/cohort.js", import.meta.url)),
  "validate",
  ...process.argv.slice(2),
];
compiled.runInThisContext()(createRequire(script));

process.on("beforeExit", () => {
  if (process.exitCode !== 0 && process.exitCode !== undefined) {
    process.stderr.write(`code-cache: the run of validate exited ${process.exitCode}\n`);
    return;
  }
  v8.setFlagsFromString("--verify-snapshot-checksum");
  const data = compiled.createCachedData();
  const header = Buffer.from(`${id} ${process.version} ${process.arch}\n`);
  writeFileSync(target, Buffer.concat([header, data]));
});
