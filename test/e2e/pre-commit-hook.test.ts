/**
 * The hook's `files` pattern (a Python regular expression that pre-commit
 * searches each staged path with; this one means the same in JavaScript).
 * Installing and running the hook with pre-commit itself is
 * scripts/check-pre-commit-hook.sh, run by .ci/run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "./run-cli.js";

const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as {
  id: string;
  files: string;
  entry: string;
  language: string;
}[];
const hook = hooks.find((h) => h.id === "cohort-validate")!;
const files = new RegExp(hook.files);

describe("the cohort-validate hook", () => {
  it("runs cohort validate as a node hook", () => {
    expect(hook.entry).toBe("cohort validate");
    expect(hook.language).toBe("node");
  });

  it.each([
    "programs/topplederprogrammet.yaml",
    "programs/2027/ny-som-leder.yml",
    "hr/leadership/programs/mentor.yaml",
  ])("matches the program file %s", (path) => {
    expect(files.test(path)).toBe(true);
  });

  it.each([
    ".pre-commit-config.yaml",
    ".pre-commit-hooks.yaml",
    ".gitlab-ci.yml",
    ".github/workflows/programs.yml",
    "docker-compose.yaml",
    "programs/README.md",
    "myprograms/x.yaml",
    "programs.yaml",
  ])("does not match %s", (path) => {
    expect(files.test(path)).toBe(false);
  });
});
