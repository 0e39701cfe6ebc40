import { describe, expect, it } from "vitest";
import { endPosition, monthAxis } from "../../../src/core/schedule/months.js";

describe("monthAxis", () => {
  it("spans the months from the first to the last date, across a new year", () => {
    const axis = monthAxis("2027-11-15", "2028-02-03");
    expect(axis.months.map((m) => m.first)).toEqual([
      "2027-11-01",
      "2027-12-01",
      "2028-01-01",
      "2028-02-01",
    ]);
    expect(axis.months.map((m) => m.days)).toEqual([30, 31, 31, 29]);
  });

  it("places days as fractions of their month", () => {
    const axis = monthAxis("2027-11-01", "2027-12-31");
    expect(axis.position("2027-11-01")).toBe(0);
    expect(axis.position("2027-11-16")).toBe(0.5);
    expect(axis.position("2027-12-01")).toBe(1);
    expect(endPosition(axis, "2027-12-31")).toBeCloseTo(2);
  });
});
