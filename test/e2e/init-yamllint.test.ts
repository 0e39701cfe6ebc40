/**
 * A fresh `cohort init` file against yamllint, with the configuration that
 * docs/completion-and-init.md gives (yamllint's defaults, three rules relaxed
 * for the reasons written there). Runs where yamllint is installed; .ci/run
 * installs Debian's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const has = (program: string): boolean =>
  spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).status === 0;

/** The configuration block of the docs, so that the test checks what users are told. */
const documented = (): string => {
  const doc = readFileSync(join(ROOT, "docs/completion-and-init.md"), "utf8");
  const block = /```yaml\n(# \.yamllint\.yaml[\s\S]*?)```/.exec(doc);
  expect(block, "docs/completion-and-init.md has the .yamllint.yaml block").not.toBeNull();
  return block![1]!;
};

const work = mkdtempSync(join(tmpdir(), "cohort-yamllint-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!has("yamllint"))("a fresh cohort init file under yamllint", () => {
  it.each(["nb", "nn", "sv", "da", "fi", "en"])(
    "passes with the documented rules (%s)",
    (locale) => {
      const cwd = mkdtempSync(join(work, `${locale}-`));
      expect(runCli(["init", `start-${locale}`, "--locale", locale, "-q"], { cwd }).code).toBe(0);
      const lint = spawnSync(
        "yamllint",
        ["--strict", "-d", documented(), join(cwd, `programs/start-${locale}.yaml`)],
        { encoding: "utf8" },
      );
      expect(lint.stdout + lint.stderr).toBe("");
      expect(lint.status).toBe(0);
    },
  );

  it("fails under yamllint's defaults only for the rules the docs relax", () => {
    const cwd = mkdtempSync(join(work, "defaults-"));
    runCli(["init", "defaults", "--locale", "nb", "-q"], { cwd });
    const lint = spawnSync(
      "yamllint",
      ["-f", "parsable", "-d", "default", join(cwd, "programs/defaults.yaml")],
      { encoding: "utf8" },
    );
    const rules = new Set([...lint.stdout.matchAll(/\(([a-z-]+)\)$/gm)].map((m) => m[1]));
    expect([...rules].sort()).toEqual(["braces", "document-start", "line-length"]);
  });
});
