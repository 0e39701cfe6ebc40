/**
 * The template library is loaded by `cohort letters` only: following the
 * static imports of the built bundle from the entry point and from each
 * command's chunk, only the letters chunk reaches Mustache's code.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anyHolds, chunk, DIST, reach } from "./bundle-graph.js";

/** A string of Mustache's own source: its parser's error for an unclosed tag. */
const hasMustache = (files: Set<string>) => anyHolds(files, "Unclosed tag at ");

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
