/**
 * The integer solver (HiGHS as WebAssembly) is loaded only by an allocation
 * that needs it (classes, or several spread fields): following the static
 * imports of the built bundle from the entry point and from each command's
 * chunk, none reaches the solver's code; it is in a chunk of its own, which
 * only a dynamic import() names.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const DIST = join(ROOT, "dist");
const CHUNKS = join(DIST, "chunks");
const STATIC = /(?:^|[\n;])\s*(?:import|export)\s*(?:[^"';]*?\sfrom\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

const reach = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(STATIC))
    reach(resolve(dirname(file), m[1]!), seen);
  return seen;
};

/** A string of the solver's own runtime (its check of the WebAssembly build). */
const SOLVER = "This highs-js runtime requires";
const hasSolver = (files: Set<string>) =>
  [...files].some((f) => readFileSync(f, "utf8").includes(SOLVER));

const chunk = (command: string) => {
  const name = readdirSync(CHUNKS).find((f) => f.startsWith(`${command}-`) && f.endsWith(".js"));
  if (!name) throw new Error(`no chunk for ${command}: run npm run build`);
  return join(CHUNKS, name);
};

describe("the solver chunk", () => {
  it("holds the solver, and is named only by a dynamic import", () => {
    const solver = readdirSync(CHUNKS).filter(
      (f) => f.endsWith(".js") && readFileSync(join(CHUNKS, f), "utf8").includes(SOLVER),
    );
    expect(solver).toHaveLength(1);
    const importers = readdirSync(CHUNKS)
      .filter((f) => f.endsWith(".js"))
      .filter((f) => readFileSync(join(CHUNKS, f), "utf8").includes(`./${solver[0]}`));
    expect(importers.length).toBeGreaterThan(0);
    for (const f of importers)
      expect(readFileSync(join(CHUNKS, f), "utf8")).toContain(`import("./${solver[0]}")`);
  });

  it.each(["validate", "check", "allocate", "verify", "schedule", "letters"])(
    "is not loaded by starting %s",
    (command) => {
      expect(hasSolver(reach(join(DIST, "cli.js")))).toBe(false);
      expect(hasSolver(reach(chunk(command)))).toBe(false);
    },
  );
});
