import { describe, expect, it } from "vitest";
import { type Locale, languageOf } from "../../../src/core/language/index.js";
import { resolveDateRef } from "../../../src/core/program/model.js";
import type { RuleInput } from "../../../src/core/program/rule-schema.js";
import { describeTest, type Operand } from "../../../src/core/rules/describe.js";

const asWritten = (v: Operand): string => (typeof v === "object" ? v.ref : String(v));
const sentence = (
  rule: RuleInput,
  style: "reason" | "page",
  dated = false,
  locale: Locale = "nb",
) => describeTest({ rule, label: "Felt", dated }, languageOf(locale).rules, style, asWritten);

describe("describeTest", () => {
  it("words one test in both styles from the same table", () => {
    const rule = { field: "f", onOrAfter: "2026-04-15" };
    expect(sentence(rule, "reason", true)).toBe("Felt er på eller etter 2026-04-15");
    expect(sentence(rule, "page", true)).toBe("Felt er tidligst 2026-04-15");
  });

  it("writes number comparisons as symbols in reasons and date ones in words", () => {
    expect(sentence({ field: "f", gte: 50 }, "reason")).toBe("Felt ≥ 50");
    expect(sentence({ field: "f", gte: "2026-01-01" }, "reason", true)).toBe(
      "Felt er på eller etter 2026-01-01",
    );
    expect(sentence({ field: "f", lte: "2026-01-01" }, "reason", true)).toBe(
      "Felt er på eller før 2026-01-01",
    );
    expect(sentence({ field: "f", gt: "2026-01-01" }, "reason", true)).toBe("Felt > 2026-01-01");
    expect(sentence({ field: "f", gte: 50 }, "page")).toBe("Felt er minst 50");
  });

  it("lists values with commas in reasons and with 'or' on the page", () => {
    const rule = { field: "f", in: ["a", "b", "c"] };
    expect(sentence(rule, "reason")).toBe("Felt er en av a, b, c");
    expect(sentence(rule, "page")).toBe("Felt er a, b eller c");
    expect(sentence({ field: "f", notIn: ["a"] }, "page")).toBe("Felt er ikke a");
    expect(sentence({ field: "f", notIn: ["a", "b"] }, "reason")).toBe("Felt er ingen av a, b");
  });

  it("words presence and absence", () => {
    expect(sentence({ field: "f", present: true }, "reason")).toBe("Felt er fylt ut");
    expect(sentence({ field: "f", present: false }, "reason")).toBe("Felt er ikke fylt ut");
    expect(sentence({ field: "f", present: false }, "page", false, "en")).toBe("Felt is not given");
  });
});

describe("resolveDateRef", () => {
  const dates = new Map([
    ["application.deadline", "2028-02-29"],
    ["start", "2027-01-31"],
  ]);

  it("moves a program date by years and months before weeks and days, plus before minus", () => {
    expect(resolveDateRef(dates, { ref: "application.deadline", minus: { years: 1 } })).toBe(
      "2027-02-28",
    );
    expect(resolveDateRef(dates, { ref: "start", plus: { months: 1, days: 1 } })).toBe(
      "2027-03-01",
    );
    expect(
      resolveDateRef(dates, { ref: "start", plus: { months: 1 }, minus: { weeks: 1, days: 1 } }),
    ).toBe("2027-02-20");
    expect(resolveDateRef(dates, { ref: "start" })).toBe("2027-01-31");
  });

  it("is undefined for a date the program does not have", () => {
    expect(resolveDateRef(dates, { ref: "application.opens" })).toBeUndefined();
  });
});
