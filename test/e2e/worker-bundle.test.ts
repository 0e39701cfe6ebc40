/**
 * A parallel check or allocate starts two worker threads, each loading its
 * bundle (dist/check-worker.js, dist/allocate-worker.js) from scratch. The
 * workers read rules and rows; they never build or check a program's
 * schema, which the main thread has done. So following the static imports
 * of each worker's bundle reaches none of zod's code (about 200 kB, 20-35 ms
 * of CPU and 2 MB of heap a worker: docs/performance.md), while the check
 * command's own chunk, which validates the program first, does reach it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anyHolds, chunk, DIST, reach } from "./bundle-graph.js";

/** esbuild names each bundled module in a comment: zod's are under node_modules/zod/. */
const ZOD = "// node_modules/zod/";
const loadsZod = (file: string) => anyHolds(reach(file), ZOD);

describe("the worker bundles", () => {
  it.each(["check-worker.js", "allocate-worker.js"])("%s loads no zod", (entry) => {
    expect(loadsZod(join(DIST, entry))).toBe(false);
  });

  it("finds zod where it is loaded: the check command's chunk, on the main thread", () => {
    expect(loadsZod(chunk("check"))).toBe(true);
  });
});
