import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditRecordOut } from "../../../src/core/decision/audit.js";
import { formatAuditRecord } from "../../../src/format/allocate/audit.js";

const record = (outcomes: unknown[], parameters: unknown): AuditRecordOut => ({
  version: 2,
  tool: "cohort 0.1.0",
  program: 'p\n  "outcomes": []',
  language: "sv",
  inputs: { program: { path: "p.yaml", sha256: "0" }, applicants: { path: "a.csv", sha256: "1" } },
  seed: "s",
  seedGiven: false,
  parameters,
  // Made as they are read, as the decision's are: iterated once per write.
  outcomes: {
    *[Symbol.iterator]() {
      yield* outcomes;
    },
  },
  summary: { admitted: outcomes.length, nested: { outcomes: [] } },
  sha256: { outcomes: "x" },
});

describe("the audit record as written", () => {
  it("is JSON.stringify(record, null, 2), written outcome by outcome", () => {
    fc.assert(
      fc.property(
        // Outcomes of any JSON, and as version 2 writes them: params after the words.
        fc.array(
          fc.oneof(
            fc.jsonValue(),
            fc.record({
              id: fc.string(),
              code: fc.string(),
              reason: fc.string({ unit: "binary" }),
              params: fc.dictionary(fc.string(), fc.jsonValue()),
              choiceReasons: fc.array(
                fc.record({
                  code: fc.string(),
                  params: fc.dictionary(fc.string(), fc.jsonValue()),
                }),
                { maxLength: 2 },
              ),
            }),
          ),
          { maxLength: 600 },
        ),
        fc.jsonValue(),
        (outcomes, parameters) => {
          const text = [
            ...(formatAuditRecord(record(outcomes, parameters), undefined) as Iterable<string>),
          ].join("");
          expect(text).toBe(
            `${JSON.stringify({ ...record(outcomes, parameters), outcomes }, null, 2)}\n`,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
