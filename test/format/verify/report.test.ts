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

describe("the verify report: an edited record", () => {
  it("names each edited section, what does not match the re-run, and ends not verified", () => {
    const out = text({
      kind: "compared",
      tool: same,
      program: "p",
      seed: "s",
      comparison: { recorded: 1, differences: [] },
      edited: [{ section: "parameters", recorded: "a".repeat(64), actual: "b".repeat(64) }],
      sections: [{ section: "parameters", recorded: { total: 41 }, now: { total: 40 } }],
    });
    expect(out).toBe(
      `the record's parameters section was edited after the record was written: sha256 ${"a".repeat(12)}… in the record, ${"b".repeat(12)}… now\nthe record's parameters section does not match the re-run:\n  recorded: {"total":41}\n  now:      {"total":40}\nnot verified: the record was edited after it was written\n`,
    );
  });

  it("notes a record without section hashes, and a moved outcome", () => {
    const out = text({
      kind: "compared",
      tool: same,
      unsealed: true,
      program: "p",
      seed: "s",
      comparison: {
        recorded: 2,
        differences: [{ index: 0, recorded: { id: "b" }, now: { id: "b" }, movedTo: 1 }],
      },
    });
    expect(out.split("\n")[0]).toMatch(/^note: the record has no section hashes/);
    expect(out).toContain(
      'the allocation differs from the record in 1 of 2 outcomes:\n  outcome 1: the same, but in place 2 now:\n    {"id":"b"}\n',
    );
  });

  it("counts an outcome missing from the record in the total", () => {
    const out = text({
      kind: "compared",
      tool: same,
      program: "p",
      seed: "s",
      comparison: {
        recorded: 159,
        differences: [{ index: 16, recorded: undefined, now: { id: "x" } }],
      },
    });
    expect(out).toContain("in 1 of 160 outcomes:");
  });

  it("says where a changed input named on the command line was read from", () => {
    const out = text({
      kind: "changed",
      tool: same,
      changed: [
        {
          role: "program",
          path: "../p.yaml",
          recorded: "a".repeat(64),
          actual: "b".repeat(64),
          given: "p.yaml",
        },
      ],
    });
    expect(out).toContain("program file ../p.yaml changed: sha256");
    expect(out).toContain("(read from p.yaml, as named on the command line)");
  });
});

describe("the refused declines message: many ids", () => {
  it("shows the first 20 by line and counts the rest by why", () => {
    const refused = Array.from({ length: 1000 }, (_, i) => ({
      id: `X${i}`,
      line: i + 1,
      why: i % 2 === 0 ? ("absent" as const) : ("waitlisted" as const),
    }));
    const lines = refusedDeclinesText("d.txt", refused).split("\n");
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe("  … and 980 more (490 on the waitlist, 490 not in the applicant list)");
  });

  it("shows control characters in an id as escapes", () => {
    expect(
      refusedDeclinesText("d.txt", [{ id: "A\u001b[8m\u009b", line: 1, why: "absent" }]),
    ).toContain('"A\\u001b[8m\\u009b" is not in the applicant list');
  });
});

describe("the verify report: reasons worded differently", () => {
  const worded = (count: number) => ({
    count,
    first: Array.from({ length: Math.min(count, 5) }, (_, i) => ({
      index: i,
      id: `S${i}`,
      recorded: "platsen hålls för kvoten Kommun, 3/4",
      now: "plassen holdes av til kvoten Kommune, 3/4",
    })),
  });

  it("counts them, names the first five ids and the first pair of wordings, and verifies", () => {
    const out = text({
      kind: "compared",
      tool: same,
      program: "p",
      seed: "s",
      comparison: { recorded: 160, differences: [], worded: worded(12) },
    });
    expect(out).toBe(
      [
        "worded differently: the reasons of 12 of 160 outcomes are in other words than the record's (S0, S1, S2, S3, S4 and 7 more); outcome, rank, position, quota, class, code and params (the numbers and names in the words) are the same",
        '  S0, recorded: "platsen hålls för kvoten Kommun, 3/4"',
        '  S0, now:      "plassen holdes av til kvoten Kommune, 3/4"',
        "  (a cohort that worded reasons otherwise, or words edited in the record; the decisions are what verify checks)",
        "verified: 160 outcomes reproduced, the same decisions, 12 of them worded differently (program p, seed s, inputs unchanged)",
        "",
      ].join("\n"),
    );
  });

  it("of a version 1 record (no params): a note first, and the words hold the numbers unchecked", () => {
    const out = text({
      kind: "compared",
      tool: same,
      withoutParams: true,
      program: "p",
      seed: "s",
      comparison: { recorded: 160, differences: [], worded: worded(12) },
    });
    expect(out).toBe(
      [
        "note: the record is of version 1 (an older cohort wrote it): its reasons hold no params, so the numbers and names in their words are checked only where the outcome holds them too (quota, class, choice, rank, position)",
        "worded differently: the reasons of 12 of 160 outcomes are in other words than the record's (S0, S1, S2, S3, S4 and 7 more); outcome, rank, position, quota, class and code are the same",
        '  S0, recorded: "platsen hålls för kvoten Kommun, 3/4"',
        '  S0, now:      "plassen holdes av til kvoten Kommune, 3/4"',
        "  (a record made with another --lang, or by a cohort that worded reasons otherwise; the decisions are what verify checks)",
        "verified: 160 outcomes reproduced, the same decisions, 12 of them worded differently (program p, seed s, inputs unchanged)",
        "",
      ].join("\n"),
    );
  });

  it("says so for the summary's words alone", () => {
    const out = text({
      kind: "compared",
      tool: same,
      program: "p",
      seed: "s",
      comparison: { recorded: 3, differences: [] },
      summaryWorded: true,
    });
    expect(out).toMatch(/^worded differently: the summary's messages/);
    expect(out).toContain(
      "verified: 3 outcomes reproduced exactly, the summary worded differently (program p, seed s, inputs unchanged)\n",
    );
  });

  it("with a real difference beside them: the words are said, and it is not verified", () => {
    const out = text({
      kind: "compared",
      tool: same,
      program: "p",
      seed: "s",
      comparison: {
        recorded: 2,
        differences: [{ index: 1, recorded: { id: "b", code: "X" }, now: { id: "b", code: "Y" } }],
        worded: worded(1),
      },
    });
    expect(out).toMatch(/^worded differently: the reasons of 1 of 2 outcomes .*\(S0\);/);
    expect(out).toContain("the allocation differs from the record in 1 of 2 outcomes:");
    expect(out).not.toMatch(/^verified/m);
  });
});
