import type { Finding } from "../../findings.js";
import type { Program } from "../schema.js";
import { error, type ProgramCheck, warning } from "./check.js";

export const frameworkShape: ProgramCheck = (program) => {
  if (program.kind !== "framework") return [];
  const findings: Finding[] = [];
  if (!program.competencies) {
    findings.push(
      error("framework-shape", "a framework (kind: framework) needs a competencies section", [
        "kind",
      ]),
    );
  }
  for (const key of ["seats", "applicants", "eligibility", "modules", "intakes"] as const) {
    if (program[key] !== undefined) {
      findings.push(
        error("framework-shape", `a framework admits nobody and has no ${key}; use kind: program`, [
          key,
        ]),
      );
    }
  }
  return findings;
};

const resolve = (program: Program, dotted: string): boolean => {
  let current: unknown = program;
  for (const segment of dotted.split(".")) {
    if (current === null || typeof current !== "object") return false;
    current = Array.isArray(current)
      ? current[Number(segment)]
      : (current as Record<string, unknown>)[segment];
    if (current === undefined) return false;
  }
  return true;
};

/** Each entry of `illustrative` must name a key the file has, or the marking misleads. */
export const illustrativeKeys: ProgramCheck = (program) =>
  (program.illustrative ?? []).flatMap((dotted, i) =>
    resolve(program, dotted)
      ? []
      : [
          warning(
            "illustrative-unknown-key",
            `illustrative names "${dotted}", which this file does not have`,
            ["illustrative", i],
            { kind: "illustrative-unknown-key", key: dotted },
          ),
        ],
  );
