import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, topUp } from "../../../src/core/allocation/index.js";
import { bruteForce } from "./brute-force.js";
import { candidates, plain, problemOf, runs, smallProblem } from "./builders.js";

describe("topUp after declines", () => {
  it("keeps every earlier admission and offers seats to the best feasible waitlisted (brute force)", () => {
    fc.assert(
      fc.property(smallProblem(13), fc.infiniteStream(fc.boolean()), (problem, coin) => {
        const first = allocate(problem);
        const admitted = first.outcomes.filter((o) => o.admitted).map((o) => o.id);
        const declined = admitted.filter(() => coin.next().value);
        const result = topUp(problem, admitted, declined);
        const declinedSet = new Set(declined);
        const kept = problem.candidates.map(
          (c) => admitted.includes(c.id) && !declinedSet.has(c.id),
        );
        const excluded = problem.candidates.map((c) => declinedSet.has(c.id));
        const brute = bruteForce(problem, { fixed: kept, excluded });
        try {
          result.outcomes.forEach((o, i) => {
            if (kept[i]) expect(o.admitted).toBe(true);
            if (excluded[i]) expect(o).toMatchObject({ admitted: false, code: "DECLINED" });
          });
          expect(result.outcomes.map((o) => o.admitted)).toEqual(brute.admitted);
          expect(result.targets.total).toBe(brute.total);
          expect(result.offered).toEqual(
            result.outcomes.filter((o, i) => o.admitted && !kept[i]).map((o) => o.id),
          );
          expect(result.offered.every((id) => !admitted.includes(id))).toBe(true);
        } catch (error) {
          throw new Error(
            `${(error as Error).message}\n${JSON.stringify({ problem: plain(problem), declined })}`,
          );
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it("gives a nord decliner's seat to the best waitlisted applicant from nord", () => {
    // 36 strong applicants outside nord fill their seats; nord's 4 come from far down.
    const specs = [
      ...Array.from(
        { length: 40 },
        (_, i) => `${i % 2 ? "kommune" : "spesialist"}/${["midt", "vest", "sor-ost"][i % 3]}`,
      ),
      "spesialist/nord",
      "kommune/nord",
      "spesialist/nord",
      "kommune/nord",
      "spesialist/nord",
      "kommune/nord",
    ];
    const problem = problemOf({
      total: 40,
      groups: { spesialist: 20, kommune: 20 },
      spread: { values: ["nord", "midt", "vest", "sor-ost"], min: 4, max: 14 },
      candidates: candidates(...specs),
    });
    const first = allocate(problem);
    const admitted = first.outcomes.filter((o) => o.admitted).map((o) => o.id);
    expect(admitted).toContain("c41");
    // c41 (spesialist, nord) declines: c45, the next spesialist from nord, is offered,
    // not c37, the best waitlisted overall.
    const result = topUp(problem, admitted, ["c41"]);
    expect(result.offered).toEqual(["c45"]);
    expect(result.outcomes.find((o) => o.id === "c37")).toMatchObject({ code: "HELD_FOR_MIN" });
    // A midt decliner's seat goes to the best waitlisted spesialist who keeps the targets.
    const again = topUp(problem, admitted, ["c1"]);
    expect(again.offered).toEqual(["c37"]);
  });

  it("never un-admits, even when a limit has been lowered since", () => {
    const problem = problemOf({
      total: 3,
      spread: { values: ["v", "w"], max: 1 },
      candidates: candidates("-/v", "-/v", "-/w", "-/w"),
    });
    const result = topUp(problem, ["c1", "c2"], []);
    expect(result.outcomes.filter((o) => o.admitted).map((o) => o.id)).toEqual(["c1", "c2", "c3"]);
    expect(result.relaxations).toContainEqual({
      kind: "kept-over-limit",
      subject: "v",
      field: "region",
      wanted: 1,
      reachable: 2,
    });
  });

  it("lists ids it does not know", () => {
    const problem = problemOf({ total: 1, candidates: candidates("-", "-") });
    expect(topUp(problem, ["c1", "ghost"], ["c1"]).unknown).toEqual(["ghost"]);
    expect(topUp(problem, ["c1", "ghost"], ["c1"]).offered).toEqual(["c2"]);
  });
});
