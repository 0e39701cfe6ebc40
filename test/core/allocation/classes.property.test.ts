/**
 * Allocation with parallel classes and ranked choices against the classes
 * oracle (brute-force-classes.ts) on random small instances: who is admitted
 * and with which choice, the targets, the placement, the reasons per refused
 * choice and the waitlist positions per choice.
 *
 * What is checked of the reasons: the number of refusals and their choices;
 * CLASS_FULL exactly when the oracle's predicate holds (the choice's classes
 * cannot take one more beside the earlier admitted), with its choice, classes
 * and seats; and every code with what it names. Where several hard limits
 * hold at once (a cap reached, the quota full, T reached, the class full)
 * one test accepts any of them and another asks for the first in that
 * order, so that a change of precedence shows apart. Not checked: the `admitted` of CLASS_FULL (it depends on
 * where the engine placed the earlier applicants) and the top-level code of a
 * waitlisted applicant beyond being a known code.
 *
 * Until the engine handles classes these comparisons are listed as todo
 * (COHORT_CLASSES_ORACLE=1 runs them anyway). COHORT_ALLOCATION_SCALE
 * multiplies the number of instances.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AllocationProblem, Outcome } from "../../../src/core/allocation/types.js";
import { type ClassOracleResult, classOracle, type ExpectedReason } from "./brute-force-classes.js";
import { runs } from "./builders.js";
import { plainClasses, smallClassProblem } from "./class-builders.js";
import {
  CODES,
  engineAllocate,
  engineHasClasses,
  REFUSAL_CODES,
  subjectOf,
} from "./class-engine.js";
import * as examples from "./class-examples.js";

const withProblem = async (problem: AllocationProblem, assertion: () => Promise<void>) => {
  try {
    await assertion();
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${JSON.stringify(plainClasses(problem))}`);
  }
};

/** Choice vector: 0 waitlisted, else the 1-based choice got. */
const vector = (outcomes: Outcome[]) => outcomes.map((o) => (o.admitted ? (o.choice ?? -1) : 0));
const oracleVector = (r: ClassOracleResult) => r.admitted.map((a, i) => (a ? r.choice[i]! : 0));

const landed = await engineHasClasses();
const property = (name: string, run: () => Promise<void>) =>
  landed ? it(name, run) : it.todo(`${name} (the engine does not place classes yet)`);

describe("allocate with classes on random instances, against the brute force", () => {
  property("admits the same applicants with the same choices and meets the same targets", () =>
    fc.assert(
      fc.asyncProperty(smallClassProblem(14), async (problem) => {
        const result = await engineAllocate(problem);
        const oracle = classOracle(problem);
        await withProblem(problem, async () => {
          expect(vector(result.outcomes)).toEqual(oracleVector(oracle));
          expect(result.targets.total).toBe(oracle.total);
          expect(result.targets.values.map((v) => v.target)).toEqual(oracle.mins);
          expect(result.targets.groups.map((g) => g.target)).toEqual(oracle.quotas);
        });
      }),
      { numRuns: runs(80) },
    ),
  );

  property(
    "places each admitted applicant in a class of the choice they got, no class over its seats",
    () =>
      fc.assert(
        fc.asyncProperty(smallClassProblem(12), async (problem) => {
          const result = await engineAllocate(problem);
          const classes = problem.classes!;
          await withProblem(problem, async () => {
            expect(result.outcomes.map((o) => o.id)).toEqual(problem.candidates.map((c) => c.id));
            const placed = classes.map(() => 0);
            result.outcomes.forEach((o, i) => {
              const choices = problem.candidates[i]!.choices!;
              expect(CODES.has(o.code)).toBe(true);
              expect(o.code === "MERIT").toBe(o.admitted);
              if (!o.admitted) {
                expect(o.class).toBeUndefined();
                expect(o.choice).toBeUndefined();
                return;
              }
              expect(o.choice).toBeGreaterThanOrEqual(1);
              expect(o.choice).toBeLessThanOrEqual(choices.length);
              const k = classes.findIndex((c) => c.id === o.class);
              expect(choices[o.choice! - 1]!.classes).toContain(k);
              placed[k]! += 1;
            });
            classes.forEach((c, k) => {
              expect(placed[k]).toBeLessThanOrEqual(c.seats);
            });
            expect(result.counts.classes).toEqual(
              classes.map((c, k) => ({
                id: c.id,
                site: c.site,
                seats: c.seats,
                admitted: placed[k],
              })),
            );
            expect(result.counts.total).toBe(result.outcomes.filter((o) => o.admitted).length);
          });
        }),
        { numRuns: runs(60) },
      ),
  );

  property("gives one reason and one waitlist position per refused choice", () =>
    fc.assert(
      fc.asyncProperty(smallClassProblem(12), async (problem) => {
        const result = await engineAllocate(problem);
        const oracle = classOracle(problem);
        await withProblem(problem, async () => {
          result.outcomes.forEach((o, i) => {
            const choices = problem.candidates[i]!.choices!;
            const refused = o.admitted ? o.choice! - 1 : choices.length;
            const expected = choices.slice(0, refused).map((c, k) => ({ choice: k + 1, id: c.id }));
            expect((o.choiceReasons ?? []).map((r) => ({ choice: r.choice, id: r.id }))).toEqual(
              expected,
            );
            for (const r of o.choiceReasons ?? [])
              expect(REFUSAL_CODES.has(r.reason.code)).toBe(true);
            expect(o.positions ?? []).toEqual(oracle.positions[i]);
          });
          const waiting = result.outcomes.filter((o) => !o.admitted);
          expect(waiting.map((o) => o.position?.overall)).toEqual(waiting.map((_, k) => k + 1));
        });
      }),
      { numRuns: runs(60) },
    ),
  );

  property("names CLASS_FULL exactly when the choice's classes cannot take one more", () =>
    fc.assert(
      fc.asyncProperty(smallClassProblem(12), async (problem) => {
        const result = await engineAllocate(problem);
        const oracle = classOracle(problem);
        const classes = problem.classes!;
        await withProblem(problem, async () => {
          result.outcomes.forEach((o, i) => {
            expect(o.choiceReasons?.length ?? 0, o.id).toBe(oracle.refusals[i]!.length);
            (o.choiceReasons ?? []).forEach((r, k) => {
              const want = oracle.refusals[i]![k]!;
              const where = `${o.id} choice ${r.choice} (${r.id}): ${r.reason.code}`;
              if (r.reason.code === "CLASS_FULL") {
                expect(want.classFull, where).toBe(true);
                const chosen = problem.candidates[i]!.choices![k]!;
                expect(r.reason.params).toMatchObject({
                  choice: chosen.id,
                  classes: chosen.classes.map((c) => classes[c]!.id),
                  seats: chosen.classes.reduce((s, c) => s + classes[c]!.seats, 0),
                });
              } else if (want.classFull) {
                // Only another hard limit that holds as well may be named instead.
                expect(
                  want.accept.map((a) => a.code),
                  where,
                ).toContain(r.reason.code);
              }
            });
          });
        });
      }),
      { numRuns: runs(60) },
    ),
  );

  property(
    "names the first hard limit that holds: a cap, the quota, full seats, then the class",
    () =>
      fc.assert(
        fc.asyncProperty(smallClassProblem(12), async (problem) => {
          const result = await engineAllocate(problem);
          const oracle = classOracle(problem);
          await withProblem(problem, async () => {
            result.outcomes.forEach((o, i) => {
              expect(o.choiceReasons?.length ?? 0, o.id).toBe(oracle.refusals[i]!.length);
              (o.choiceReasons ?? []).forEach((r, k) => {
                const named: ExpectedReason = { code: r.reason.code, subject: subjectOf(r.reason) };
                expect(named, `${o.id} choice ${r.choice}`).toEqual(
                  oracle.refusals[i]![k]!.accept[0],
                );
              });
            });
          });
        }),
        { numRuns: runs(50) },
      ),
  );

  property("gives each refused choice a reason that holds", () =>
    fc.assert(
      fc.asyncProperty(smallClassProblem(12), async (problem) => {
        const result = await engineAllocate(problem);
        const oracle = classOracle(problem);
        await withProblem(problem, async () => {
          result.outcomes.forEach((o, i) => {
            expect(o.choiceReasons?.length ?? 0, o.id).toBe(oracle.refusals[i]!.length);
            (o.choiceReasons ?? []).forEach((r, k) => {
              const named: ExpectedReason = { code: r.reason.code, subject: subjectOf(r.reason) };
              expect(oracle.refusals[i]![k]!.accept, `${o.id} choice ${r.choice}`).toContainEqual(
                named,
              );
            });
          });
        });
      }),
      { numRuns: runs(60) },
    ),
  );

  property("gives the same choices whatever order the classes are listed in", () =>
    fc.assert(
      fc.asyncProperty(
        smallClassProblem(12).chain((problem) =>
          fc.tuple(
            fc.constant(problem),
            fc
              .array(fc.double({ min: 0, max: 1, noNaN: true }), {
                minLength: problem.classes!.length,
                maxLength: problem.classes!.length,
              })
              .map((keys) =>
                keys
                  .map((key, k) => ({ key, k }))
                  .sort((a, b) => a.key - b.key)
                  .map((e) => e.k),
              ),
          ),
        ),
        async ([problem, order]) => {
          // order[k']: the old index of the class listed at k'.
          const where = order.map((_, old) => order.indexOf(old));
          const moved: AllocationProblem = {
            ...problem,
            classes: order.map((k) => problem.classes![k]!),
            candidates: problem.candidates.map((c) => ({
              ...c,
              choices: c.choices!.map((x) => ({
                ...x,
                classes: x.classes.map((k) => where[k]!).sort((a, b) => a - b),
              })),
            })),
          };
          const before = await engineAllocate(problem);
          const after = await engineAllocate(moved);
          await withProblem(problem, async () => {
            expect(vector(after.outcomes)).toEqual(vector(before.outcomes));
          });
        },
      ),
      { numRuns: runs(30) },
    ),
  );

  property("agrees with the brute force on the worked examples", async () => {
    const problems = [
      examples.tromsoAndBergen,
      examples.osloTwoClasses,
      examples.minimumInTromso,
      examples.minimumHoldsClassSeat,
      examples.sectors("transfer"),
      examples.sectors("keep-empty"),
      examples.fewerThanTotal,
      examples.twoCities,
      examples.upgradeAfterDecline,
    ];
    for (const problem of problems) {
      const result = await engineAllocate(problem);
      const oracle = classOracle(problem);
      await withProblem(problem, async () => {
        expect(vector(result.outcomes)).toEqual(oracleVector(oracle));
        result.outcomes.forEach((o, i) => {
          expect(o.positions ?? []).toEqual(oracle.positions[i]);
          expect(o.choiceReasons?.length ?? 0).toBe(oracle.refusals[i]!.length);
          (o.choiceReasons ?? []).forEach((r, k) => {
            expect(oracle.refusals[i]![k]!.accept).toContainEqual({
              code: r.reason.code,
              subject: subjectOf(r.reason),
            });
          });
        });
      });
    }
  });
});
