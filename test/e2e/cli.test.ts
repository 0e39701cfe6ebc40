import { describe, expect, it } from "vitest";
import pkg from "../../package.json" with { type: "json" };
import { runCli } from "./run-cli.js";

describe("cohort (global behaviour)", () => {
  it("prints its version", () => {
    const result = runCli(["--version"]);
    expect(result).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("suggests the command meant by a typo and exits 2", () => {
    const result = runCli(["valdate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'valdate'");
    expect(result.stderr).toContain("Did you mean validate?");
    expect(result.stdout).toBe("");
  });

  it("suggests the option meant by a typo and exits 2", () => {
    const result = runCli(["validate", "--formt", "json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Did you mean --format?");
  });

  it("lists the allowed values of a bad --format", () => {
    const result = runCli(["validate", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are pretty, json, github, junit/);
  });

  it("shows examples in every command's help", () => {
    const help = runCli(["--help"]).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+) /gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== "help");
    expect(commands).toEqual(
      expect.arrayContaining([
        "validate",
        "check",
        "allocate",
        "verify",
        "schedule",
        "list",
        "schema",
      ]),
    );
    for (const command of commands) {
      const result = runCli([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Examples:");
      expect(result.stdout).toContain(`$ cohort ${command}`);
    }
  });

  it("with no arguments prints help and exits 2", () => {
    const result = runCli([]);
    expect(result.code).toBe(2);
  });
});
