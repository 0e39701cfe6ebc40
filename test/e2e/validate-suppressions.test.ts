/** `# cohort-disable-next-line` comments and `--quiet`, as a user runs them. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./run-cli.js";

const work = mkdtempSync(join(tmpdir(), "cohort-suppress-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const weekend = readFileSync(join(ROOT, "fixtures/validate/module-weekend.yaml"), "utf8");
const write = (name: string, text: string): string => {
  const file = join(work, name);
  writeFileSync(file, text);
  return name;
};
const json = (args: string[]) => {
  const result = runCli(["validate", "--format", "json", ...args], { cwd: work });
  return { code: result.code, report: JSON.parse(result.stdout) };
};

describe("suppression comments", () => {
  const silenced = write(
    "silenced.yaml",
    weekend.replace(
      "modules:\n",
      "modules:\n  # cohort-disable-next-line module-weekend -- a weekend seminar, on purpose\n",
    ),
  );

  it("silence the named warnings on the next line, reported as suppressed in json", () => {
    const { code, report } = json([silenced]);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, files: 1 });
    expect(report.suppressed).toHaveLength(2);
    expect(report.suppressed[0]).toMatchObject({
      file: silenced,
      line: 10,
      code: "module-weekend",
      severity: "warning",
      justification: "a weekend seminar, on purpose",
    });
    // They no longer fail a strict run.
    expect(runCli(["validate", "--strict", silenced], { cwd: work }).code).toBe(0);
  });

  it("are results with an in-source suppression in SARIF, still valid against the schema", () => {
    const ajv = new ajvDraft04.default({ strict: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(ROOT, "test/fixtures/schemas/sarif-schema-2.1.0.json"), "utf8")),
    );
    const result = runCli(["validate", "--format", "sarif", silenced], { cwd: work });
    const sarif = JSON.parse(result.stdout);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(2);
    expect(results[0].suppressions).toEqual([
      { kind: "inSource", justification: "a weekend seminar, on purpose" },
    ]);
  });

  it("leave other codes and other lines alone, and a comment that silences nothing is a warning", () => {
    const stale = write(
      "stale.yaml",
      weekend.replace("modules:\n", "# cohort-disable-next-line module-holiday\nmodules:\n"),
    );
    const { code, report } = json([stale]);
    expect(code).toBe(0);
    expect(report.suppressed).toEqual([]);
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual([
      "suppression-unused",
      "module-weekend",
      "module-weekend",
    ]);
    expect(report.findings[0]).toMatchObject({ line: 8, column: 1 });
    expect(report.findings[0].message).toBe(
      "no module-holiday warning on line 9 to suppress; remove the comment",
    );
    expect(runCli(["validate", "--strict", stale], { cwd: work }).code).toBe(1);
  });

  it("cannot silence an error", () => {
    const text = readFileSync(join(ROOT, "fixtures/validate/format-mismatch.yaml"), "utf8");
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("format:"));
    lines.splice(at, 0, "# cohort-disable-next-line format-mismatch");
    const file = write("error.yaml", lines.join("\n"));
    const { code, report } = json([file]);
    expect(code).toBe(1);
    expect(report.suppressed).toEqual([]);
    expect(report.summary.errors).toBe(2);
    const unused = report.findings.find((f: { code: string }) => f.code === "suppression-unused");
    expect(unused.message).toContain("is an error, and errors cannot be suppressed");
  });

  it("count only as whole-line comments", () => {
    const inValue = write(
      "in-value.yaml",
      weekend.replace("name: Fixture", 'name: "Fixture # cohort-disable-next-line module-weekend"'),
    );
    expect(json([inValue]).report.findings).toHaveLength(2);
  });
});

describe("cohort validate --quiet", () => {
  it("shows errors only, in every format, and warnings only when they fail the run", () => {
    const both = [
      "fixtures/validate/module-weekend.yaml",
      "fixtures/validate/format-mismatch.yaml",
    ];
    const quiet = runCli(["validate", "--quiet", "--format", "compact", ...both]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(quiet.stdout).not.toContain("warning");
    const warningsOnly = runCli(["validate", "-q", "fixtures/validate/module-weekend.yaml"]);
    expect(warningsOnly.code).toBe(0);
    expect(warningsOnly.stdout).not.toContain("module-weekend");
    const strict = runCli([
      "validate",
      "-q",
      "--strict",
      "--format",
      "json",
      "fixtures/validate/module-weekend.yaml",
    ]);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).findings).toHaveLength(2);
  });
});
