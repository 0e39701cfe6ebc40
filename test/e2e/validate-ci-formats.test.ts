/**
 * The CI formats of `cohort validate`, read back by what their consumers
 * validate with: SARIF against the OASIS SARIF 2.1.0 schema, JUnit against
 * the Jenkins xunit plugin's XSD (with xmllint, installed by .ci/run), GitLab
 * Code Quality by its documented required fields. The schemas are copies
 * under test/fixtures/schemas (see its README for origin and licence).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { FINDING_RULES } from "../../src/format/validate/finding-rules.js";
import { ROOT, runCli } from "./run-cli.js";

const WARNINGS = "fixtures/validate/module-weekend.yaml";
const ERRORS = "fixtures/validate/format-mismatch.yaml";
const VALID = "programs/topplederprogrammet.yaml";
const SCHEMAS = join(ROOT, "test/fixtures/schemas");

const work = mkdtempSync(join(tmpdir(), "cohort-ci-formats-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const has = (program: string): boolean =>
  spawnSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).status === 0;

describe("--format sarif", () => {
  // The SARIF schema is draft-04; both packages are CommonJS with a default export.
  const ajv = new ajvDraft04.default({ strict: false, allErrors: true });
  ajvFormats.default(ajv);
  const validate = ajv.compile(
    JSON.parse(readFileSync(join(SCHEMAS, "sarif-schema-2.1.0.json"), "utf8")),
  );

  it("validates against the SARIF 2.1.0 schema, for findings and for valid files", () => {
    for (const files of [[ERRORS, WARNINGS, VALID], [VALID]]) {
      const result = runCli(["validate", "--format", "sarif", ...files]);
      expect(result.stderr).toBe("");
      const sarif = JSON.parse(result.stdout);
      expect(validate(sarif), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it("has every documented code as a rule with help, and a located result per finding", () => {
    const result = runCli(["validate", "--format", "sarif", ERRORS, WARNINGS]);
    expect(result.code).toBe(1);
    const run = JSON.parse(result.stdout).runs[0];
    const rules = run.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(FINDING_RULES.map((r) => r.id));
    const weekend = rules.find((r: { id: string }) => r.id === "module-weekend");
    expect(weekend.defaultConfiguration.level).toBe("warning");
    expect(weekend.help.text).toContain("How to fix: Move the module");
    expect(run.results).toHaveLength(4);
    const first = run.results[0];
    expect(first).toMatchObject({
      ruleId: "format-mismatch",
      level: "error",
      message: { text: "format declares 6 gatherings, but the program has 1 module" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: ERRORS, uriBaseId: "%SRCROOT%" },
            region: { startLine: 8, startColumn: 23 },
          },
        },
      ],
    });
    expect(rules[first.ruleIndex].id).toBe("format-mismatch");
    expect(run.results[2].level).toBe("warning");
  });

  it("is the same bytes on every run, and chosen by an .sarif output file", () => {
    const out = join(work, "cohort.sarif");
    const written = runCli(["validate", ERRORS, "-o", out]);
    expect(written.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe(
      runCli(["validate", "--format", "sarif", ERRORS]).stdout,
    );
  });
});

describe("--format gitlab", () => {
  it("is a Code Quality report: description, check_name, fingerprint, severity, location", () => {
    const result = runCli(["validate", "--format", "gitlab", ERRORS, WARNINGS, VALID]);
    expect(result.code).toBe(1);
    const issues = JSON.parse(result.stdout);
    expect(issues).toHaveLength(4);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual([
        "check_name",
        "description",
        "fingerprint",
        "location",
        "severity",
      ]);
      expect(issue.severity).toMatch(/^(info|minor|major|critical|blocker)$/);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
    }
    expect(issues[0]).toMatchObject({
      check_name: "format-mismatch",
      severity: "major",
      location: { path: ERRORS, lines: { begin: 8 } },
    });
    expect(issues[2].severity).toBe("minor");
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(4);
    expect(JSON.parse(runCli(["validate", "--format", "gitlab", VALID]).stdout)).toEqual([]);
  });

  it("keeps fingerprints across runs and when lines are added above a finding", () => {
    const text = readFileSync(join(ROOT, ERRORS), "utf8");
    const base = join(work, "base");
    const moved = join(work, "moved");
    for (const [dir, body] of [
      [base, text],
      [moved, `# a comment\n# and another\n${text}`],
    ] as const) {
      mkdirSync(dir);
      writeFileSync(join(dir, "program.yaml"), body);
    }
    const prints = (dir: string) =>
      JSON.parse(runCli(["validate", "--format", "gitlab", "program.yaml"], { cwd: dir }).stdout);
    const before = prints(base);
    const after = prints(moved);
    expect(
      after.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin),
    ).toEqual(
      before.map((i: { location: { lines: { begin: number } } }) => i.location.lines.begin + 2),
    );
    expect(after.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(
      before.map((i: { fingerprint: string }) => i.fingerprint),
    );
    expect(prints(base)).toEqual(before);
  });
});

describe("--format compact", () => {
  it("prints file:line:col: severity code message, one line per finding, nothing when valid", () => {
    const result = runCli(["validate", "--format", "compact", WARNINGS, ERRORS, VALID]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `${ERRORS}:8:23: error format-mismatch format declares 6 gatherings, but the program has 1 module`,
        `${ERRORS}:8:32: error format-mismatch format declares 18 days, but the modules add up to 3`,
        `${WARNINGS}:9:35: warning module-weekend module "one" falls on a Saturday (2027-09-11)`,
        `${WARNINGS}:9:35: warning module-weekend module "one" falls on a Sunday (2027-09-12)`,
        "",
      ].join("\n"),
    );
    expect(runCli(["validate", "--format", "compact", VALID])).toMatchObject({
      code: 0,
      stdout: "",
    });
  });
});

describe("--format junit", () => {
  const junit = (args: string[]) => {
    const result = runCli(["validate", "--format", "junit", ...args]);
    return { ...result, xml: new XMLParser({ ignoreAttributes: false }).parse(result.stdout) };
  };
  // biome-ignore lint/suspicious/noExplicitAny: parsed XML, checked field by field.
  type Parsed = any;
  const cases = (xml: Parsed): Parsed[] =>
    [xml.testsuites.testsuite].flat().flatMap((s: Parsed) => [s.testcase].flat());

  it("warnings pass without --strict, and the report says so", () => {
    const { code, xml } = junit([WARNINGS]);
    expect(code).toBe(0);
    expect(xml.testsuites["@_failures"]).toBe("0");
    for (const c of cases(xml)) {
      expect(c.failure).toBeUndefined();
      expect(c["system-out"]).toMatch(/^warning: /);
    }
  });

  it("with --strict, warnings are failing test cases, as the run fails", () => {
    const { code, xml } = junit(["--strict", WARNINGS, VALID]);
    expect(code).toBe(1);
    expect(xml.testsuites["@_failures"]).toBe("2");
    const failing = cases(xml).filter((c) => c.failure);
    expect(failing).toHaveLength(2);
    expect(failing[0].failure["@_type"]).toBe("module-weekend");
    expect(failing[0].failure["#text"]).toContain("fails the run: --strict");
  });

  it("with --max-warnings, warnings fail exactly when there are more than allowed", () => {
    const over = junit(["--max-warnings", "1", WARNINGS]);
    expect(over.code).toBe(1);
    expect(over.xml.testsuites["@_failures"]).toBe("2");
    expect(cases(over.xml)[0].failure["#text"]).toContain("more than --max-warnings 1");
    const within = junit(["--max-warnings", "2", WARNINGS]);
    expect(within.code).toBe(0);
    expect(within.xml.testsuites["@_failures"]).toBe("0");
  });

  it("has the location in the suite's file attribute and the case name, not on <testcase>", () => {
    const { xml } = junit([ERRORS]);
    const suite = xml.testsuites.testsuite;
    expect(suite["@_file"]).toBe(ERRORS);
    for (const c of cases(xml)) {
      expect(c["@_file"]).toBeUndefined();
      expect(c["@_line"]).toBeUndefined();
    }
    expect(cases(xml)[0]["@_name"]).toBe("8:23 format-mismatch");
  });

  it.skipIf(!has("xmllint"))(
    "validates against the Jenkins xunit plugin's JUnit XSD (xmllint), in every shape",
    () => {
      const runs = [
        [ERRORS, WARNINGS, VALID],
        ["--strict", WARNINGS],
        [VALID],
        ["fixtures/validate/yaml-syntax.yaml"],
      ];
      for (const [i, args] of runs.entries()) {
        const file = join(work, `junit-${i}.xml`);
        writeFileSync(file, junit(args).stdout);
        const lint = spawnSync(
          "xmllint",
          ["--noout", "--schema", join(SCHEMAS, "xunit-junit-10.xsd"), file],
          { encoding: "utf8" },
        );
        expect(lint.stderr.trim(), args.join(" ")).toBe(`${file} validates`);
        expect(lint.status).toBe(0);
      }
    },
  );
});
