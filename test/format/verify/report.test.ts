import { describe, expect, it } from "vitest";
import type { Verification } from "../../../src/core/decision/verification.js";
import { refusedDeclinesText } from "../../../src/format/allocate/refused.js";
import { formatVerification } from "../../../src/format/verify/report.js";

const text = (report: Verification) => [...formatVerification(report, { color: false })].join("");
const same = { recorded: "cohort 1.0.0", current: "cohort 1.0.0" };

describe("the verify report", () => {
  it("says verified, with the program and seed, when every outcome is the same", () => {
    expect(
      text({
        kind: "compared",
        tool: same,
        program: "p",
        seed: "abc",
        comparison: { recorded: 3, differences: [] },
      }),
    ).toBe("verified: 3 outcomes reproduced exactly (program p, seed abc, inputs unchanged)\n");
  });

  it("notes another tool version first, and names each changed input", () => {
    expect(
      text({
        kind: "changed",
        tool: { recorded: "cohort 0.9.0", current: "cohort 1.0.0" },
        changed: [
          {
            role: "applicants",
            path: "list.csv",
            recorded: "a".repeat(64),
            actual: "b".repeat(64),
          },
        ],
      }),
    ).toBe(
      `note: the record was written by cohort 0.9.0; this is cohort 1.0.0\napplicants file list.csv changed: sha256 ${"a".repeat(12)}… in the record, ${"b".repeat(12)}… now\nnot verified: the inputs are not the ones the record was made from\n`,
    );
  });

  it("shows the first 20 differences as JSON and counts the rest", () => {
    const differences = Array.from({ length: 22 }, (_, i) => ({
      index: i,
      recorded: { id: `a${i}` },
      now: i === 21 ? undefined : { id: `b${i}` },
    }));
    const out = text({
      kind: "compared",
      tool: same,
      program: "p",
      seed: "s",
      comparison: { recorded: 22, differences },
    });
    const lines = out.split("\n");
    expect(lines[0]).toBe("the allocation differs from the record in 22 of 22 outcomes:");
    expect(lines.slice(1, 4)).toEqual([
      "  outcome 1:",
      '    recorded: {"id":"a0"}',
      '    now:      {"id":"b0"}',
    ]);
    expect(out).not.toContain("outcome 21:");
    expect(out.endsWith("  … and 2 more\n")).toBe(true);
  });

  it("writes (none) for an outcome past the end of either list", () => {
    const out = text({
      kind: "compared",
      tool: same,
      program: "p",
      seed: "s",
      comparison: {
        recorded: 1,
        differences: [{ index: 1, recorded: undefined, now: { id: "x" } }],
      },
    });
    expect(out).toContain('  outcome 2:\n    recorded: (none)\n    now:      {"id":"x"}\n');
  });
});

describe("the refused declines message", () => {
  it("names every id that never held a seat, by line, with why", () => {
    expect(
      refusedDeclinesText("declined.txt", [
        { id: "A", line: 2, why: "waitlisted" },
        { id: "B", line: 3, why: "ineligible" },
        { id: "C", line: 4, why: "invalid" },
        { id: "D", line: 5, why: "absent" },
      ]),
    ).toBe(
      'declined.txt: only admitted applicants can decline:\n  line 2: "A" is on the waitlist and was never offered a seat\n  line 3: "B" is ineligible\n  line 4: "C" is invalid\n  line 5: "D" is not in the applicant list',
    );
  });
});
