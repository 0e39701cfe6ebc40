/**
 * The same command lines in this process and through the built binary give
 * the same bytes and exit code: the in-memory context is the real one.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../e2e/run-cli.js";
import { run } from "./run.js";

const LINES = [
  ["validate", "fixtures/validate/", "--format", "json"],
  ["check", "ledarskaps-st", "fixtures/check/ledarskaps-st.csv", "--format", "csv"],
  [
    "allocate",
    "topplederprogrammet",
    "fixtures/allocate/topplederprogrammet.csv",
    "--format",
    "json",
  ],
  ["allocate", "fixtures/allocate/liten.yaml", "fixtures/allocate/ties.csv", "--format", "table"],
  ["schedule", "fixtures/schedule/midsommar.yaml", "--format", "markdown"],
  ["schedule", "programs/", "--format", "json"],
  ["list", "--today", "2027-09-01"],
];

describe("in-process runs match the binary", () => {
  it.each(LINES.map((argv) => [argv.join(" "), argv] as const))("cohort %s", async (_, argv) => {
    const inside = await run(argv);
    const outside = runCli(argv);
    expect(inside.code).toBe(outside.code);
    expect(inside.stdout).toBe(outside.stdout);
    expect(inside.stderr).toBe(outside.stderr);
  });
});
