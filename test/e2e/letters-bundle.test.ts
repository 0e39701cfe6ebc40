/**
 * The template library is loaded by `cohort letters` only: following the
 * static imports of the built bundle from the entry point and from each
 * command's chunk, only the letters chunk reaches Mustache's code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

const DIST = join(ROOT, "dist");
const STATIC = /(?:^|[\n;])\s*(?:import|export)\s*(?:[^"';]*?\sfrom\s*)?"(\.{1,2}\/[^"]+\.js)"/g;

/** Every file a module loads before it runs: its static imports, transitively. */
const reach = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(STATIC))
    reach(resolve(dirname(file), m[1]!), seen);
  return seen;
};

/** A string of Mustache's own source: its parser's error for an unclosed tag. */
const hasMustache = (files: Set<string>) =>
  [...files].some((f) => readFileSync(f, "utf8").includes("Unclosed tag at "));

const chunk = (command: string) => {
  const name = readdirSync(join(DIST, "chunks")).find(
    (f) => f.startsWith(`${command}-`) && f.endsWith(".js"),
  );
  if (!name) throw new Error(`no chunk for ${command}: run npm run build`);
  return join(DIST, "chunks", name);
};

describe("the letters chunk", () => {
  it("holds the template library", () => {
    expect(hasMustache(reach(chunk("letters")))).toBe(true);
  });

  it.each(["validate", "check", "allocate", "verify", "schedule"])(
    "is not loaded by %s",
    (command) => {
      expect(hasMustache(reach(join(DIST, "cli.js")))).toBe(false);
      expect(hasMustache(reach(chunk(command)))).toBe(false);
    },
  );
});
