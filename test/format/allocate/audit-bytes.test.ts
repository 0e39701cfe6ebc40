/**
 * The audit record's outcomes written as bytes, against the writers they
 * replace (kept as the definition): JSON.stringify(auditOutcomeOf(row),
 * null, 2) indented under `outcomes`, canonicalJson(auditOutcomeOf(row)) for
 * the hash, and the record as formatAuditRecord writes auditRecord's.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AuditDraft, sectionsOf } from "../../../src/core/decision/audit.js";
import { canonicalJson } from "../../../src/core/decision/canonical.js";
import { JsonBytes } from "../../../src/core/decision/json-bytes.js";
import type { ChoiceRow, DecisionRow } from "../../../src/core/decision/report.js";
import { auditOutcomeOf } from "../../../src/core/decision/row-json.js";
import { formatAuditDraft, formatAuditRecord } from "../../../src/format/allocate/audit.js";
import { auditOutcomeBytes, writePretty } from "../../../src/format/allocate/audit-bytes.js";

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom("a", '"', "\\", "\n", "\u0000", "ø", "\ud83d", "\ude00") }),
);

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double(), fc.constant(-0)),
    anyString,
    fc.constant(undefined),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(anyString, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/**
 * Params as the allocation hands them out: some shared among rows (the
 * writer keeps their bytes by identity), some the row's own.
 */
type Params = NonNullable<DecisionRow["params"]>;
const sharedParams = [
  { quota: null, transferred: false, from: null },
  { field: "region", value: "nord", admitted: 1, max: 1 },
  { choice: "oslo", classes: ["oslo-a", "oslo-b"], admitted: 5, seats: 5 },
  {},
] as Params[];
// Any JSON as params too: the writer knows nothing of their shape.
const params: fc.Arbitrary<Params | undefined> = fc.oneof(
  fc.constantFrom(...sharedParams),
  fc.dictionary(anyString, json, { maxKeys: 4 }) as fc.Arbitrary<unknown> as fc.Arbitrary<Params>,
  fc.constant(undefined),
);

const choiceRow: fc.Arbitrary<ChoiceRow> = fc.record(
  {
    choice: fc.nat(4),
    id: anyString,
    code: fc.constantFrom("CLASS_FULL", "SEATS_FULL", "HELD_FOR_MIN"),
    reason: anyString,
    params,
  },
  { requiredKeys: ["choice", "id", "code", "reason"] },
) as fc.Arbitrary<unknown> as fc.Arbitrary<ChoiceRow>;

const row: fc.Arbitrary<DecisionRow> = fc
  .tuple(
    fc.record({
      id: anyString,
      outcome: fc.constantFrom("admitted", "waitlisted", "declined", "ineligible", "invalid"),
      quota: fc.option(anyString),
      rank: fc.option(fc.nat()),
      position: fc.option(fc.record({ overall: fc.nat(), inGroup: fc.nat() })),
      code: fc.constantFrom("MERIT", "GROUP_FULL", "SPREAD_CAP", "INELIGIBLE", "INVALID"),
      reason: anyString,
      transferred: fc.boolean(),
      newlyOffered: fc.boolean(),
    }),
    params,
    fc.option(
      fc.record(
        {
          choices: fc.array(anyString, { maxLength: 3 }),
          class: anyString,
          choice: fc.integer({ min: 1, max: 3 }),
          choiceReasons: fc.array(choiceRow, { maxLength: 3 }),
          positions: fc.array(fc.record({ choice: fc.nat(3), id: anyString, position: fc.nat() }), {
            maxLength: 3,
          }),
        },
        { requiredKeys: ["choices"] },
      ),
    ),
    fc.option(fc.option(anyString), { nil: undefined }),
  )
  .map(([r, p, classes, group]) => ({
    ...r,
    ...(p !== undefined ? { params: p } : {}),
    ...(classes ?? {}),
    ...(group !== undefined ? { group } : {}),
    // Kept by the row for the letters, never in the record.
    heldWith: { quotas: ["x"], total: null },
    carried: ["cell"],
  }));

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8");

describe("writePretty", () => {
  it("writes JSON.stringify(value, null, 2), indented where it stands", () => {
    fc.assert(
      fc.property(json, fc.nat(12), (v, indent) => {
        const out = new JsonBytes(1);
        writePretty(out, v, indent);
        const expected = (JSON.stringify(v, null, 2) ?? "null").replaceAll(
          "\n",
          `\n${" ".repeat(indent)}`,
        );
        expect(text(out.view())).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("auditOutcomeBytes", () => {
  it("writes each outcome as the record shows it and in canonical form, one writer for many rows", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), (rows) => {
        const write = auditOutcomeBytes();
        for (const r of rows) {
          const pretty = new JsonBytes(1);
          const canon = new JsonBytes(1);
          write(r, pretty, canon);
          const outcome = auditOutcomeOf(r);
          expect(text(pretty.view())).toBe(
            JSON.stringify(outcome, null, 2).replaceAll("\n", "\n    "),
          );
          expect(text(canon.view())).toBe(canonicalJson(outcome));
        }
      }),
      { numRuns: 300 },
    );
  });
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const draftOf = (rows: DecisionRow[], program: string): AuditDraft => {
  const head: AuditDraft["head"] = {
    version: 2,
    tool: "cohort 0.1.0",
    program,
    language: "sv",
    inputs: {
      program: { path: "p.yaml", sha256: "0" },
      applicants: { path: "a.csv", sha256: "1" },
    },
    seed: "s",
    seedGiven: false,
    parameters: { total: 2 },
    outcomes: [],
    summary: { admitted: rows.length, nested: { outcomes: [] } },
  };
  const hashes: AuditDraft["sha256"] = {};
  for (const section of sectionsOf(2))
    if (section !== "outcomes") hashes[section] = sha256(canonicalJson(head[section]));
  return {
    head,
    // Made as they are read, as the decision's are.
    rows: {
      *[Symbol.iterator]() {
        yield* rows;
      },
    },
    sha256: hashes,
  };
};

const joined = (pieces: Iterable<string | Uint8Array>): string =>
  Buffer.concat(
    [...pieces].map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))),
  ).toString("utf8");

describe("formatAuditDraft", () => {
  it("writes the bytes formatAuditRecord writes of the whole record, its outcomes' hash included", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.constantFrom("p", 'p\n  "outcomes": []'),
        (rows, program) => {
          const draft = draftOf(rows, program);
          const outcomes = rows.map(auditOutcomeOf);
          const sha256s: Record<string, string> = {};
          for (const section of sectionsOf(2))
            sha256s[section] =
              section === "outcomes" ? sha256(canonicalJson(outcomes)) : draft.sha256[section]!;
          const whole = { ...draft.head, outcomes, sha256: sha256s };
          const written = joined(
            formatAuditDraft(draft, undefined) as Iterable<string | Uint8Array>,
          );
          expect(written).toBe(`${JSON.stringify(whole, null, 2)}\n`);
          expect(written).toBe(joined(formatAuditRecord(whole, undefined) as Iterable<string>));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("hands a long record over in chunks, the same bytes", () => {
    const rows: DecisionRow[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `søker-${i}`,
      outcome: "waitlisted",
      quota: null,
      rank: i + 1,
      position: { overall: i, inGroup: i },
      code: "SPREAD_CAP",
      reason: "Region Nord har nådd taket på 1 plass".repeat(1 + (i % 3)),
      params: sharedParams[i % 4]!,
      transferred: false,
      newlyOffered: false,
    }));
    const draft = draftOf(rows, "p");
    const pieces = [...(formatAuditDraft(draft, undefined) as Iterable<string | Uint8Array>)];
    expect(pieces.length).toBeGreaterThan(3);
    const outcomes = rows.map(auditOutcomeOf);
    expect(JSON.parse(joined(pieces as (string | Uint8Array)[])).sha256.outcomes).toBe(
      sha256(canonicalJson(outcomes)),
    );
    expect(JSON.parse(joined(pieces as (string | Uint8Array)[])).outcomes).toEqual(outcomes);
  });
});
