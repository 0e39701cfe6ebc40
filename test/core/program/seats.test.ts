import { describe, expect, it } from "vitest";
import { countBounds } from "../../../src/core/program/checks/counts.js";
import { spreadLimits } from "../../../src/core/program/checks/seats.js";
import { program } from "../builders.js";

const withSpread = (spread: Record<string, unknown>) =>
  program({
    applicants: { id: "id", fields: { region: { type: "enum", values: ["nord", "sor"] } } },
    seats: { total: 1, spread: [{ field: "region", ...spread }] },
  });

describe("spread limits", () => {
  it("names the seats in total, not an undefined max, when a min is above the seats", () => {
    const messages = spreadLimits(withSpread({ min: 2 })).map((f) => f.message);
    expect(messages).toContain("spread: min 2 is above the 1 seat in total");
    expect(messages.join("\n")).not.toContain("undefined");
  });

  it("names the max when one is set", () => {
    const messages = spreadLimits(withSpread({ min: 2, max: 1 })).map((f) => f.message);
    expect(messages).toContain("spread: min 2 is above max 1");
  });

  it("names the seats in total for a value's min when no max is set", () => {
    const messages = spreadLimits(withSpread({ values: { nord: { min: 3 } } })).map(
      (f) => f.message,
    );
    expect(messages).toContain("spread: region = nord has min 3 above the 1 seat in total");
  });
});

const twoFields = (spread: { field: string; min?: number; max?: number }[], total = 10) =>
  program({
    applicants: {
      id: "id",
      fields: {
        sector: { type: "enum", values: ["kommune", "stat"] },
        region: { type: "enum", values: ["nord", "sor"] },
        kjonn: { type: "enum", values: ["kvinne", "mann"] },
      },
    },
    seats: {
      total,
      quotas: [{ id: "kommune", seats: 4, when: { field: "sector", equals: "kommune" } }],
      spread,
    },
  });

describe("several spread fields", () => {
  it("takes two fields, each with its own limits, without a finding", () => {
    const findings = spreadLimits(
      twoFields([
        { field: "region", min: 2, max: 6 },
        { field: "kjonn", min: 3 },
      ]),
    );
    expect(findings).toEqual([]);
  });

  it("refuses the same field twice, at the second entry's field", () => {
    const findings = spreadLimits(
      twoFields([
        { field: "region", min: 2 },
        { field: "kjonn", min: 3 },
        { field: "region", max: 6 },
      ]),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "spread-duplicate-field",
        severity: "error",
        path: ["seats", "spread", 2, "field"],
        message:
          '"region" is spread twice (seats.spread entries 1 and 3); give its limits in one entry',
      }),
    ]);
  });

  it("checks each field's minimums against the total on their own, at that field", () => {
    const findings = spreadLimits(
      twoFields([
        { field: "region", min: 4 },
        { field: "kjonn", min: 6 },
      ]),
    );
    // region: 2 x 4 = 8 fits in 10; kjonn: 2 x 6 = 12 does not. Together
    // they are not added up: one seat counts for a region and a gender.
    expect(findings).toEqual([
      expect.objectContaining({
        code: "spread-min-infeasible",
        path: ["seats", "spread", 1, "min"],
        message: 'spread minimums for "kjonn" add up to 12 seats, more than the 10 in total',
      }),
    ]);
  });

  it("warns of each field's maximums that cannot fill the seats, at that field", () => {
    const findings = spreadLimits(
      twoFields([
        { field: "region", max: 6 },
        { field: "kjonn", max: 4 },
      ]),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "spread-max-unfillable",
        severity: "warning",
        path: ["seats", "spread", 1, "max"],
      }),
    ]);
  });

  it("takes a spread over the quotas' own field: its limits hold inside and beyond the quota", () => {
    expect(
      spreadLimits(
        twoFields([
          { field: "sector", max: 6 },
          { field: "kjonn", min: 3 },
        ]),
      ),
    ).toEqual([]);
  });

  it("bounds each field's values and cells on its own", () => {
    const values = Array.from({ length: 101 }, (_, i) => `v${i}`);
    const findings = countBounds(
      program({
        applicants: {
          id: "id",
          fields: {
            region: { type: "enum", values: ["nord", "sor"] },
            unit: { type: "enum", values },
          },
        },
        seats: { total: 10, spread: [{ field: "region" }, { field: "unit" }] },
      }),
    );
    expect(findings).toEqual([
      expect.objectContaining({ code: "count-too-large", path: ["seats", "spread", 1, "field"] }),
    ]);
  });
});
