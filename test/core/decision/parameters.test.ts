import { describe, expect, it } from "vitest";
import { auditParameters } from "../../../src/core/decision/parameters.js";
import { programWithFields } from "../builders.js";

describe("auditParameters", () => {
  it("fills in the defaults, so the record needs no schema to be read", () => {
    const program = programWithFields({ region: { type: "string" } }, undefined, {
      seats: { total: 10 },
    });
    const parameters = auditParameters(program.seats!);
    expect(parameters).toEqual({
      total: 10,
      quotas: [],
      unfilled: program.seats!.unfilled,
      spread: [],
      ranking: [],
      ties: program.seats!.ties,
    });
    expect(Object.keys(parameters)).toEqual([
      "total",
      "quotas",
      "unfilled",
      "spread",
      "ranking",
      "ties",
    ]);
  });

  it("keeps the declared rules, and the timestamp field of first-come ties", () => {
    const program = programWithFields(
      {
        region: { type: "enum", values: ["nord", "sor"] },
        sent: { type: "datetime" },
      },
      undefined,
      {
        seats: {
          total: 4,
          quotas: [{ id: "nord", seats: 2, when: { field: "region", equals: "nord" } }],
          unfilled: "keep-empty",
          ties: "first-come",
          timestamp: "sent",
        },
      },
    );
    const parameters = auditParameters(program.seats!);
    expect(parameters).toMatchObject({
      total: 4,
      unfilled: "keep-empty",
      ties: "first-come",
      timestamp: "sent",
    });
    expect(parameters.quotas).toEqual(program.seats!.quotas);
    expect(Object.keys(parameters).at(-1)).toBe("timestamp");
  });
});
