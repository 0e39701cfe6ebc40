import { describe, expect, it } from "vitest";
import type { LocatedFinding } from "../../src/core/findings.js";
import { applySuppressions, suppressionDirectives } from "../../src/core/program/suppressions.js";

const warning = (line: number, code: string): LocatedFinding => ({
  file: "p.yaml",
  line,
  column: 5,
  code,
  severity: "warning",
  message: `${code} here`,
});

describe("suppression directives", () => {
  it("read codes separated by commas or spaces, and the reason after --", () => {
    expect(
      suppressionDirectives([
        "id: x",
        "  #cohort-disable-next-line module-weekend, module-holiday  module-overlap -- on purpose",
        "name: y # cohort-disable-next-line module-weekend",
        "# cohort-disable-next-line",
      ]),
    ).toEqual([
      {
        line: 2,
        column: 3,
        codes: ["module-weekend", "module-holiday", "module-overlap"],
        justification: "on purpose",
      },
      { line: 4, column: 1, codes: [] },
    ]);
  });

  it("silence each named code on the next line only, and report what they did not use", () => {
    const lines = ["# cohort-disable-next-line module-weekend module-holiday", "x", "y"];
    const result = applySuppressions(
      "p.yaml",
      lines,
      [warning(2, "module-weekend"), warning(3, "module-weekend"), warning(2, "module-overlap")],
      ["module-weekend", "module-holiday", "module-overlap"],
    );
    expect(result.suppressed.map((f) => [f.line, f.code])).toEqual([[2, "module-weekend"]]);
    expect(result.findings.map((f) => [f.line, f.code])).toEqual([
      [3, "module-weekend"],
      [2, "module-overlap"],
      [1, "suppression-unused"],
    ]);
    expect(result.findings[2]!.message).toBe(
      "no module-holiday warning on line 2 to suppress; remove the comment",
    );
  });

  it("leave a file without directives as it is", () => {
    const findings = [warning(1, "module-weekend")];
    expect(applySuppressions("p.yaml", ["a"], findings)).toEqual({ findings, suppressed: [] });
  });
});
