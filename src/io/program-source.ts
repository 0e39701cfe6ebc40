/**
 * Program text -> program and located findings: the YAML layer, the schema
 * and the semantic checks, with every finding's path turned into a line and
 * column. Takes a string, never a file.
 */
import type { Finding, LocatedFinding } from "../core/findings.js";
import type { Program } from "../core/program/schema.js";
import { validateProgram } from "../core/program/validate.js";
import { parseYaml, type YamlSource } from "./yaml.js";

export interface ProgramSource {
  file: string;
  lines: string[];
  program: Program | undefined;
  findings: LocatedFinding[];
  locate: YamlSource["locate"];
}

export const locateFinding = (
  file: string,
  source: Pick<YamlSource, "locate">,
  finding: Finding,
): LocatedFinding => {
  const position =
    finding.position ??
    (finding.path
      ? source.locate(finding.path, { key: finding.atKey === true })
      : { line: 1, column: 1 });
  return {
    file,
    line: position.line,
    column: position.column,
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    ...(finding.detail ? { detail: finding.detail } : {}),
    ...(finding.scope ? { scope: finding.scope } : {}),
  };
};

export const readProgramSource = (file: string, text: string): ProgramSource => {
  const yaml = parseYaml(text);
  const findings = [...yaml.findings];
  let program: Program | undefined;
  if (
    yaml.value !== undefined &&
    !yaml.findings.some((f) => f.severity === "error" && f.code !== "yaml-duplicate-key")
  ) {
    const result = validateProgram(yaml.value);
    program = result.program;
    // A loop, not push(...): a spread of 100,000 findings overflows the stack.
    for (const finding of result.findings) findings.push(finding);
  }
  return {
    file,
    lines: yaml.lines,
    program,
    findings: findings.map((f) => locateFinding(file, yaml, f)),
    locate: yaml.locate,
  };
};
