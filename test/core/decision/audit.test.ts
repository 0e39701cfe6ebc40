/**
 * The audit record of version 2: each reason's params beside its words (the
 * choices' too), the language the words are in, every section sealed; and
 * verify's comparison of params (a count changed is another decision, words
 * changed are words) next to the records of version 1, which hold none.
 */
import { describe, expect, it } from "vitest";
import type { AllocationResult } from "../../../src/core/allocation/index.js";
import {
  AUDIT_SECTIONS,
  AUDIT_VERSION,
  type AuditRecord,
  auditRecord,
  editedSections,
  sectionHashes,
} from "../../../src/core/decision/audit.js";
import { canonicalJson } from "../../../src/core/decision/canonical.js";
import { compareOutcomes } from "../../../src/core/decision/compare.js";
import { decide } from "../../../src/core/decision/report.js";
import { auditOutcomeOf, rowJsonOf } from "../../../src/core/decision/row-json.js";
import type { Locale } from "../../../src/core/language/index.js";
import type { ProgramInput } from "../../../src/core/program/schema.js";
import { program } from "../builders.js";

const programIn = (locale: Locale) =>
  program({
    locale,
    applicants: {
      id: "id",
      fields: { region: { type: "enum", values: ["nord", "sor"], column: "Region" } },
    },
    seats: { total: 2, spread: [{ field: "region", min: 1, max: 1 }] },
  } as Partial<ProgramInput>);

/** c1 admitted, c2 waits on nord's cap, c3 on a seat held for sor; c4 waits for a class. */
const result: AllocationResult = {
  outcomes: [
    {
      id: "c1",
      admitted: true,
      group: null,
      transferred: false,
      code: "MERIT",
      params: { quota: null, transferred: false, from: null },
    },
    {
      id: "c2",
      admitted: false,
      group: null,
      transferred: false,
      position: { overall: 1, inGroup: 1 },
      code: "SPREAD_CAP",
      params: { field: "region", value: "nord", admitted: 1, max: 1 },
    },
    {
      id: "c3",
      admitted: false,
      group: null,
      transferred: false,
      position: { overall: 2, inGroup: 2 },
      code: "HELD_FOR_MIN",
      params: { field: "region", value: "sor", admitted: 0, min: 1, values: ["sor"], total: 2 },
    },
    {
      id: "c4",
      admitted: false,
      group: null,
      transferred: false,
      position: { overall: 3, inGroup: 3 },
      code: "CLASS_FULL",
      params: { choice: "oslo", classes: ["oslo"], admitted: 1, seats: 1 },
      choices: ["oslo"],
      choiceReasons: [
        {
          choice: 1,
          id: "oslo",
          reason: {
            code: "CLASS_FULL",
            params: { choice: "oslo", classes: ["oslo"], admitted: 1, seats: 1 },
          },
        },
      ],
    },
  ],
  targets: {
    seats: 2,
    total: 2,
    groups: [],
    values: [
      { field: "region", value: "nord", min: 1, max: 1, target: 1 },
      { field: "region", value: "sor", min: 1, max: 1, target: 1 },
    ],
  },
  relaxations: [],
  counts: {
    total: 1,
    groups: [{ id: null, admitted: 1 }],
    values: [
      { field: "region", value: "nord", admitted: 1 },
      { field: "region", value: "sor", admitted: 0 },
    ],
  },
};

const others = [
  { id: "x1", line: 6, kind: "ineligible" as const, reasons: ["for få poeng"], problems: [] },
];

const decision = (locale: Locale) => decide(programIn(locale), "seed", result, others);

/** SHA-256 stand-in: the canonical text itself, so a test sees what is hashed. */
const digest = (pieces: Iterable<string | Uint8Array>) =>
  [...pieces].map((p) => (typeof p === "string" ? p : Buffer.from(p).toString("utf8"))).join("");

const recordIn = (locale: Locale): AuditRecord => {
  const out = auditRecord({
    tool: "cohort 1.0.0",
    decision: decision(locale),
    inputs: {
      program: { path: "p.yaml", sha256: "a" },
      applicants: { path: "l.csv", sha256: "b" },
    },
    seedGiven: false,
    parameters: { total: 2 },
    digest,
  });
  return { ...out, outcomes: [...out.outcomes] };
};

describe("the audit record of version 2", () => {
  const record = recordIn("sv");

  it("names its version and the language its reasons are worded in", () => {
    expect(record.version).toBe(AUDIT_VERSION);
    expect(AUDIT_VERSION).toBe(2);
    expect(record.language).toBe("sv");
    expect(Object.keys(record).slice(0, 5)).toEqual([
      "version",
      "tool",
      "program",
      "language",
      "inputs",
    ]);
  });

  it("holds each reason's params as the allocation decided them, after its words", () => {
    const [c1, c2, c3, c4, x1] = record.outcomes as Record<string, unknown>[];
    expect(c1!.params).toEqual({ quota: null, transferred: false, from: null });
    expect(c2!.params).toEqual({ field: "region", value: "nord", admitted: 1, max: 1 });
    expect(c3!.params).toEqual(result.outcomes[2]!.params);
    expect(Object.keys(c2!)).toEqual([
      "id",
      "outcome",
      "quota",
      "rank",
      "position",
      "code",
      "reason",
      "params",
      "transferred",
    ]);
    // A choice's reason carries its params too.
    expect(c4!.choiceReasons).toEqual([
      {
        choice: 1,
        id: "oslo",
        code: "CLASS_FULL",
        reason: expect.any(String),
        params: { choice: "oslo", classes: ["oslo"], admitted: 1, seats: 1 },
      },
    ]);
    // Not a reason of the allocation: no params.
    expect(x1!.code).toBe("INELIGIBLE");
    expect(x1).not.toHaveProperty("params");
  });

  it("is --format json's outcome with params: nothing else differs", () => {
    const rows = [...decision("sv").rows];
    for (const row of rows) {
      const { params: _, ...audit } = auditOutcomeOf(row) as Record<string, unknown>;
      const json = rowJsonOf(row) as Record<string, unknown>;
      expect(json).not.toHaveProperty("params");
      if (Array.isArray(audit.choiceReasons))
        audit.choiceReasons = audit.choiceReasons.map(({ params: __, ...c }) => c);
      expect(JSON.stringify(audit)).toBe(JSON.stringify(json));
    }
  });

  it("is deterministic and sealed: every section, the language among them, has its hash", () => {
    expect(JSON.stringify(recordIn("sv"))).toBe(JSON.stringify(record));
    expect(Object.keys(record.sha256!)).toEqual([...AUDIT_SECTIONS]);
    expect(record.sha256).toEqual(sectionHashes(record, digest));
    expect(record.sha256!.outcomes).toBe(canonicalJson(record.outcomes));
    expect(editedSections(record, digest)).toEqual([]);
  });

  it("a param edited is an edit of the outcomes; the language edited, of the language", () => {
    const edited = structuredClone(record);
    (edited.outcomes[1] as { params: { admitted: number } }).params.admitted = 0;
    expect(editedSections(edited, digest).map((e) => e.section)).toEqual(["outcomes"]);
    expect(editedSections({ ...record, language: "nb" }, digest).map((e) => e.section)).toEqual([
      "language",
    ]);
  });

  it("the same decision in another language differs in words only, never in params", () => {
    const nb = recordIn("nb");
    const compared = compareOutcomes(record.outcomes, nb.outcomes);
    expect(compared.differences).toEqual([]);
    expect(compared.worded?.count).toBeGreaterThan(0);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: an edited outcome may hold anything
type Json = Record<string, any>;

describe("verify's comparison of params", () => {
  const now = recordIn("nb").outcomes;
  const edit = (at: number, change: (o: Json) => void) => {
    const recorded = structuredClone(now) as Json[];
    change(recorded[at]!);
    return compareOutcomes(recorded, now);
  };

  it("a count changed in the params is another decision, in any words", () => {
    const compared = edit(1, (o) => (o.params.admitted = 0));
    expect(compared.differences).toHaveLength(1);
    expect(compared.differences[0]!.index).toBe(1);
    expect(compared.worded).toBeUndefined();
  });

  it("a name changed, a param added or removed, a choice's params changed: each a difference", () => {
    expect(edit(1, (o) => (o.params.value = "sor")).differences).toHaveLength(1);
    expect(edit(2, (o) => delete o.params.total).differences).toHaveLength(1);
    expect(edit(2, (o) => (o.params.quotas = ["kommune"])).differences).toHaveLength(1);
    expect(edit(1, (o) => delete o.params).differences).toHaveLength(1);
    expect(edit(3, (o) => (o.choiceReasons[0].params.seats = 2)).differences).toHaveLength(1);
    // Params where the re-run has none (an ineligible row) are not the re-run's decision.
    expect(edit(4, (o) => (o.params = {})).differences).toHaveLength(1);
  });

  it("the count changed in the words alone is worded differently: the params decide", () => {
    const compared = edit(1, (o) => (o.reason = o.reason.replace("1/1", "0/1")));
    expect(now[1]).toMatchObject({ reason: expect.stringContaining("1/1") });
    expect(compared.differences).toEqual([]);
    expect(compared.worded?.count).toBe(1);
  });

  it("a version 1 record (no params) against the outcomes as version 1 wrote them", () => {
    const v1 = [...decision("nb").rows].map(rowJsonOf);
    expect(compareOutcomes(v1, v1).differences).toEqual([]);
    // The count in its words alone is not checked there: the record holds nothing else.
    const recorded = structuredClone(v1);
    recorded[1]!.reason = recorded[1]!.reason.replace("1/1", "0/1");
    expect(compareOutcomes(recorded, v1).differences).toEqual([]);
  });
});
