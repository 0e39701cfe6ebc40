/**
 * The allocation's outcomes one at a time (outcomeColumns, made from columns
 * as asked for) are those of the array, before and after the array is made,
 * and a decision written from them (or from the array of a copied result)
 * has each outcome's row once, in decision order. What the outcomes hold is the
 * brute force's to prove (allocate.property.test.ts and the others).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, topUp } from "../../../src/core/allocation/index.js";
import { decide } from "../../../src/core/decision/report.js";
import { program } from "../builders.js";
import { smallProblem } from "./builders.js";

describe("outcome columns", () => {
  it("give the outcomes of the array, one at a time", () => {
    fc.assert(
      fc.property(smallProblem(30), (problem) => {
        const columns = allocate(problem).outcomeColumns!;
        expect(columns.length).toBe(problem.candidates.length);
        const one = Array.from({ length: columns.length }, (_, i) => columns.at(i));
        expect(one).toEqual(allocate(problem).outcomes);
      }),
      { numRuns: 200 },
    );
  });

  it("give the array's own objects once the array is made, changes included", () => {
    fc.assert(
      fc.property(smallProblem(12), (problem) => {
        const result = allocate(problem);
        const all = result.outcomes;
        for (const o of all) o.team = `t-${o.id}`;
        for (let i = 0; i < all.length; i++) expect(result.outcomeColumns!.at(i)).toBe(all[i]);
      }),
      { numRuns: 50 },
    );
  });

  it("write each outcome's row once, admitted, then waitlisted, then declined, by rank", () => {
    const p = program({ seats: { total: 3 } });
    fc.assert(
      fc.property(smallProblem(30), fc.boolean(), (problem, declines) => {
        const first = allocate(problem);
        const admitted = problem.candidates.filter((_, i) => first.outcomes[i]!.admitted);
        // A top-up's result is a copy of one (the array alone); the first
        // allocation's is the allocation's own (its columns).
        const result = declines
          ? topUp(
              problem,
              admitted.map((c) => c.id),
              admitted.slice(0, 1).map((c) => c.id),
            )
          : first;
        const decision = decide(p, "s", result, []);
        const all = result.outcomes;
        const kind = (o: (typeof all)[number]) =>
          o.admitted ? "admitted" : o.code === "DECLINED" ? "declined" : "waitlisted";
        const expected = ["admitted", "waitlisted", "declined"].flatMap((k) =>
          all.flatMap((o, r) => (kind(o) === k ? [`${o.id} ${k} ${r + 1}`] : [])),
        );
        expect([...decision.rows].map((row) => `${row.id} ${row.outcome} ${row.rank}`)).toEqual(
          expected,
        );
        const count = (k: string) => all.filter((o) => kind(o) === k).length;
        expect(decision.summary.admitted).toBe(count("admitted"));
        expect(decision.summary.waitlisted).toBe(count("waitlisted"));
        expect(decision.summary.declined).toBe(count("declined"));
      }),
      { numRuns: 200 },
    );
  });
});
