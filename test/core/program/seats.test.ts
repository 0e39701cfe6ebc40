import { describe, expect, it } from "vitest";
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
