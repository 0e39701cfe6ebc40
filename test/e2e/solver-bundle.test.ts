/**
 * The integer solver (HiGHS as WebAssembly) is loaded only by an allocation
 * that needs it (classes, or several spread fields): following the static
 * imports of the built bundle from the entry point and from each command's
 * chunk, none reaches the solver's code; it is in a chunk of its own, which
 * only a dynamic import() names. validate's classic script (dist/validate.cjs,
 * which bin/cohort.js runs for validate) holds validate's code and no other
 * command's: neither the solver nor what the other commands load.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anyHolds, CHUNKS, chunk, DIST, reach } from "./bundle-graph.js";
import { ROOT } from "./run-cli.js";

/** A string of the solver's own runtime (its check of the WebAssembly build). */
const SOLVER = "This highs-js runtime requires";
const hasSolver = (files: Set<string>) => anyHolds(files, SOLVER);

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

describe("validate's classic script", () => {
  const script = readFileSync(join(DIST, "validate.cjs"), "utf8");
  /** A file's own marker in esbuild's output: the comment naming it. */
  const holds = (source: string) => script.includes(`\n// ${source}\n`);

  it("holds validate's command, the program model and the yaml parser", () => {
    for (const source of [
      "src/cli/main.ts",
      "src/cli/program.ts",
      "src/cli/commands/validate.ts",
      "src/io/yaml.ts",
      "src/core/program/schema.ts",
    ])
      expect(holds(source), source).toBe(true);
    expect(script).toMatch(/\n\/\/ node_modules\/yaml\//);
  });

  it("holds no other command, nor the solver, the spreadsheet or table libraries", () => {
    expect(script).not.toContain(SOLVER);
    const others = readdirSync(join(ROOT, "src/cli/commands"))
      .filter((f) => f !== "validate.ts")
      .map((f) => `src/cli/commands/${f}`);
    expect(others.length).toBeGreaterThan(5);
    for (const source of others) expect(holds(source), source).toBe(false);
    // Each of them is in a chunk of the ES modules, for the commands that use it.
    const chunks = readdirSync(CHUNKS).map((f) => readFileSync(join(CHUNKS, f), "utf8"));
    for (const library of ["@e965/xlsx", "cli-table3", "highs"]) {
      const marker = `\n// node_modules/${library}/`;
      expect(
        chunks.some((c) => c.includes(marker)),
        library,
      ).toBe(true);
      expect(script.includes(marker), library).toBe(false);
    }
  });
});
