/**
 * README's first command ends in scripts/demo.sh: every step of it must run
 * (exit 2 from any step fails the demo), and the audit record it writes must
 * verify.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./run-cli.js";

describe("the demo of README's first command", () => {
  it("runs every step and verifies the record it writes", { timeout: 180_000 }, () => {
    const result = spawnSync("bash", ["scripts/demo.sh"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.stdout).not.toMatch(/\(exit [2-9]\)/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^verified: 160 outcomes reproduced exactly/m);
    // Exit 1 is explained where it happens, and the intake with classes is placed.
    expect(result.stdout).toContain(
      "(exit 1: the command did its work, and the inputs have problems",
    );
    expect(result.stdout).toContain("Bergen A (Bergen): 10 av 10 plasser");
  });
});
