import { describe, expect, it } from "vitest";
import { eligibilityProse } from "../../../src/format/schedule/rule-prose.js";
import { program } from "../../core/schedule/program.js";

const fields = {
  id: "ID",
  fields: {
    role: { type: "enum" as const, values: ["a", "b"], column: "Rolle" },
    since: { type: "date" as const, column: "Leder siden" },
    nominated: { type: "boolean" as const },
  },
};

describe("eligibilityProse", () => {
  it("uses the rules' own reasons and lists a top-level all", () => {
    const p = program({
      applicants: fields,
      eligibility: {
        all: [
          { reason: "Ledere på strategisk nivå", field: "role", equals: "a" },
          { reason: "Nominert", field: "nominated", equals: true },
        ],
      },
    });
    expect(eligibilityProse(p).map((i) => [i.text, i.path])).toEqual([
      ["Ledere på strategisk nivå", "eligibility.all.0"],
      ["Nominert", "eligibility.all.1"],
    ]);
  });

  it("writes a sentence in the program's language when a rule has no reason", () => {
    const rules = {
      all: [
        { field: "role", in: ["a", "b"] },
        {
          any: [
            { field: "nominated", equals: true },
            { field: "since", onOrBefore: { ref: "application.deadline", minus: { years: 1 } } },
          ],
        },
      ],
    };
    const nb = program({
      applicants: fields,
      application: { deadline: "2027-04-12" },
      eligibility: rules,
    });
    const items = eligibilityProse(nb);
    expect(items[0]!.text).toBe("Rolle er a eller b");
    expect(items[1]!.text).toBe("Minst ett av disse:");
    expect(items[1]!.children.map((c) => c.text)).toEqual([
      "nominated er ja",
      "Leder siden er senest 12. april 2026",
    ]);
    const sv = program({ ...nb, locale: "sv", country: "SE" });
    expect(eligibilityProse(sv)[1]!.children[1]!.text).toBe("Leder siden är senast 12 april 2026");
  });
});
