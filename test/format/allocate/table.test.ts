import { describe, expect, it } from "vitest";
import { type Decision, decisionRows } from "../../../src/core/decision/report.js";
import { allocateTable } from "../../../src/format/allocate/table.js";

const decision = (value: string): Decision => ({
  program: "p",
  locale: "en",
  spreadLabel: "Workplace",
  seed: "s",
  rows: decisionRows([]),
  offered: [],
  declined: [],
  summary: {
    seats: 2,
    target: 2,
    admitted: 0,
    waitlisted: 0,
    declined: 0,
    ineligible: 0,
    invalid: 0,
    quotas: [],
    spread: {
      field: "workplace",
      values: [{ value, min: 0, max: null, target: 0, admitted: 0 }],
    },
    relaxations: [],
    classes: [{ id: "k", label: value, site: "Oslo", seats: 2, admitted: 0 }],
  },
});

describe("the allocate table's summary", () => {
  it("cuts a long value or class label, so one value cannot widen every line", () => {
    const chunks = allocateTable(decision("x".repeat(200_000)), {
      color: false,
    }) as Iterable<string>;
    const text = [...chunks].join("");
    for (const line of text.split("\n")) expect([...line].length).toBeLessThan(120);
    expect(text).toContain(`${"x".repeat(39)}…`);
  });
});
