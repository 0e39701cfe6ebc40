import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const BROKEN = "fixtures/validate/module-weekend.yaml";
const ERRORS = "fixtures/validate/format-mismatch.yaml";

describe("cohort validate", () => {
  it("validates the shipped programs/ by default with exit 0", () => {
    const result = runCli(["validate"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✔ \d+ files valid/);
  });

  it("json: the documented, versioned shape", () => {
    const result = runCli([
      "validate",
      "--format",
      "json",
      ERRORS,
      "programs/topplederprogrammet.yaml",
    ]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toEqual([ERRORS, "programs/topplederprogrammet.yaml"]);
    expect(report.summary).toEqual({ errors: 2, warnings: 0, files: 2 });
    for (const finding of report.findings) {
      expect(Object.keys(finding).sort()).toEqual([
        "code",
        "column",
        "file",
        "line",
        "message",
        "severity",
      ]);
      expect(finding.severity).toMatch(/^(error|warning)$/);
    }
  });

  it("pretty: each finding with a code frame and a summary", () => {
    const result = runCli(["validate", "--format", "pretty", ERRORS]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(ERRORS);
    expect(result.stdout).toMatch(
      / {2}8:23 {2}error {4}format declares 6 gatherings, but the program has 1 module {2}format-mismatch/,
    );
    expect(result.stdout).toContain("> 8 | format: { gatherings: 6, days: 18 }");
    expect(result.stdout).toContain("✖ 2 problems (2 errors, 0 warnings) in 1 of 1 file");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("pretty: colour only when forced, never with NO_COLOR", () => {
    const forced = runCli(["validate", "--format", "pretty", ERRORS], {
      env: { NO_COLOR: "", FORCE_COLOR: "1" },
    });
    expect(forced.stdout).toContain("\u001b[");
    const both = runCli(["validate", "--format", "pretty", ERRORS], {
      env: { NO_COLOR: "1", FORCE_COLOR: "1" },
    });
    expect(both.stdout).not.toContain("\u001b[");
    const flag = runCli(["--no-color", "validate", "--format", "pretty", ERRORS], {
      env: { NO_COLOR: "", FORCE_COLOR: "1" },
    });
    expect(flag.stdout).not.toContain("\u001b[");
  });

  it("github: workflow annotations, chosen by default under GitHub Actions", () => {
    const result = runCli(["validate", BROKEN], { env: { GITHUB_ACTIONS: "true" } });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(
        /^::warning file=fixtures\/validate\/module-weekend\.yaml,line=\d+,col=\d+,title=module-weekend::.+$/,
      );
    }
  });

  it("junit: XML that CI servers read, a failure per error", () => {
    const result = runCli([
      "validate",
      "--format",
      "junit",
      ERRORS,
      "programs/topplederprogrammet.yaml",
    ]);
    expect(result.code).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(result.stdout);
    expect(xml.testsuites["@_failures"]).toBe("2");
    const suites = xml.testsuites.testsuite;
    expect(suites).toHaveLength(2);
    expect(suites[0]["@_name"]).toBe(ERRORS);
    expect(suites[0].testcase).toHaveLength(2);
    expect(suites[0].testcase[0].failure["@_type"]).toBe("format-mismatch");
  });

  it("warnings pass unless --strict or --max-warnings says otherwise", () => {
    expect(runCli(["validate", BROKEN]).code).toBe(0);
    expect(runCli(["validate", "--strict", BROKEN]).code).toBe(1);
    expect(runCli(["validate", "--max-warnings", "1", BROKEN]).code).toBe(1);
    expect(runCli(["validate", "--max-warnings", "2", BROKEN]).code).toBe(0);
    expect(runCli(["validate", "--max-warnings", "many", BROKEN]).code).toBe(2);
  });

  it("reads stdin with - and reports the --stdin-filename", () => {
    const text = readFileSync(join(ROOT, ERRORS), "utf8");
    const result = runCli(["validate", "--format", "json", "-", "--stdin-filename", "mine.yaml"], {
      input: text,
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings[0].file).toBe("mine.yaml");
  });

  it("exits 2 with a clear message when a path matches no file", () => {
    const missing = runCli(["validate", "no/such/file.yaml"]);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toBe("cohort: no such file: no/such/file.yaml\n");
    const empty = runCli(["validate", "docs/nothing-here"], {
      cwd: mkdtempSync(join(tmpdir(), "cohort-")),
    });
    expect(empty.code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const none = runCli(["validate", dir]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no program files (*.yaml, *.yml) in");
  });

  it("refuses binary files and invalid UTF-8 with exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    writeFileSync(join(dir, "binary.yaml"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const result = runCli(["validate", join(dir, "binary.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not a text file/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("-o writes the report atomically and refuses to overwrite an input", () => {
    const dir = mkdtempSync(join(tmpdir(), "cohort-"));
    const out = join(dir, "report.json");
    const result = runCli(["validate", "--format", "json", "-o", out, ERRORS]);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(out, "utf8")).version).toBe(1);

    const copy = join(dir, "program.yaml");
    const original = readFileSync(join(ROOT, ERRORS), "utf8");
    writeFileSync(copy, original);
    const refused = runCli(["validate", "-o", copy, copy]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("it is an input of this command");
    expect(readFileSync(copy, "utf8")).toBe(original);
  });
});
