import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_RULES } from "../../src/format/validate/finding-rules.js";
import { ROOT } from "../e2e/run-cli.js";

describe("the rules SARIF reports", () => {
  it("are generated from docs/findings.md and up to date", () => {
    const check = spawnSync(
      process.execPath,
      [join(ROOT, "scripts/make-finding-rules.mjs"), "--check"],
      {
        encoding: "utf8",
      },
    );
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it("are the documented codes, each once, with a description and help in plain text", () => {
    const doc = readFileSync(join(ROOT, "docs/findings.md"), "utf8");
    const ids = FINDING_RULES.map((r) => r.id);
    expect(ids).toContain("module-weekend");
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of FINDING_RULES) {
      expect(doc).toContain(`| \`${rule.id}\` |`);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.help.length, rule.id).toBeGreaterThan(5);
      expect(rule.help).not.toMatch(/[`[\]]/);
    }
  });
});
