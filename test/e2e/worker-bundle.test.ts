/**
 * A parallel check or allocate starts two worker threads, each loading its
 * bundle (dist/check-worker.js, dist/allocate-worker.js) from scratch. The
 * workers read rules and rows; they never build or check a program's
 * schema, which the main thread has done. So following the static imports
 * of each worker's bundle reaches none of zod's code (about 200 kB, 20-35 ms
 * of CPU and 2 MB of heap a worker: docs/performance.md), while the check
 * command's own chunk, which validates the program first, does reach it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const DIST = join(ROOT, "dist");
const STATIC = /(?:^|[\n;])\s*(?:import|export)\s*(?:[^"';]*?\sfrom\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

const reach = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(STATIC))
    reach(resolve(dirname(file), m[1]!), seen);
  return seen;
};

/** esbuild names each bundled module in a comment: zod's are under node_modules/zod/. */
const ZOD = "// node_modules/zod/";
const loadsZod = (entry: string) =>
  [...reach(join(DIST, entry))].some((f) => readFileSync(f, "utf8").includes(ZOD));

describe("the worker bundles", () => {
  it.each(["check-worker.js", "allocate-worker.js"])("%s loads no zod", (entry) => {
    expect(loadsZod(entry)).toBe(false);
  });

  it("finds zod where it is loaded: the check command's chunk, on the main thread", () => {
    const chunks = join(DIST, "chunks");
    const check = readdirSync(chunks).find((f) => f.startsWith("check-") && f.endsWith(".js"));
    expect(check).toBeDefined();
    expect(loadsZod(join("chunks", check!))).toBe(true);
  });
});
