/**
 * The built bundle's module graph, for the tests that say what a command or
 * a worker loads (solver-bundle, letters-bundle, worker-bundle): the files a
 * module loads before it runs, and each command's chunk.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROOT } from "./run-cli.js";

export const DIST = join(ROOT, "dist");
export const CHUNKS = join(DIST, "chunks");

/** A static `import … from "./x.js"` or `export … from`, as esbuild writes them (not `import()`). */
const STATIC = /(?:^|[\n;])\s*(?:import|export)\s*(?:[^"';]*?\sfrom\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

/** Every file a module loads before it runs: its static imports, transitively. */
export const reach = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(STATIC))
    reach(resolve(dirname(file), m[1]!), seen);
  return seen;
};

/** Whether any of the files holds `text`. */
export const anyHolds = (files: Set<string>, text: string): boolean =>
  [...files].some((f) => readFileSync(f, "utf8").includes(text));

/** The chunk of a command (`check-XXXX.js`). */
export const chunk = (command: string): string => {
  const name = readdirSync(CHUNKS).find((f) => f.startsWith(`${command}-`) && f.endsWith(".js"));
  if (!name) throw new Error(`no chunk for ${command}: run npm run build`);
  return join(CHUNKS, name);
};
