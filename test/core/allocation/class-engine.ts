/**
 * The allocation engine as the classes tests call it: `allocate(problem,
 * { solver })` with the HiGHS solver, and `topUp` with the earlier
 * placements as `{ id, choice }`. The calls are typed loosely because the
 * engine's signatures for classes are still being settled; whether the
 * engine handles classes at all is probed at run time.
 */
import { allocate, topUp } from "../../../src/core/allocation/index.js";
import type { MipSolver } from "../../../src/core/allocation/mip.js";
import type {
  AllocationProblem,
  AllocationResult,
  TopUpResult,
} from "../../../src/core/allocation/types.js";
import { loadSolver } from "../../../src/io/solver/highs.js";
import { classProblem } from "./class-builders.js";

interface WithSolver {
  solver: MipSolver;
}
type Admission = string | { id: string; choice: number | null };

const allocateWith = allocate as unknown as (
  problem: AllocationProblem,
  options: WithSolver,
) => AllocationResult | Promise<AllocationResult>;
const topUpWith = topUp as unknown as (
  problem: AllocationProblem,
  admitted: readonly Admission[],
  declined: readonly string[],
  options: WithSolver,
) => TopUpResult | Promise<TopUpResult>;

export async function engineAllocate(problem: AllocationProblem): Promise<AllocationResult> {
  return await allocateWith(problem, { solver: await loadSolver() });
}

export async function engineTopUp(
  problem: AllocationProblem,
  admitted: readonly Admission[],
  declined: readonly string[],
): Promise<TopUpResult> {
  // The solver goes as a fourth argument; a topUp without classes ignores it.
  return await topUpWith(problem, admitted, declined, { solver: await loadSolver() });
}

/** COHORT_CLASSES_ORACLE=1 runs the comparisons even against an engine without classes. */
const forced = process.env.COHORT_CLASSES_ORACLE === "1";

/**
 * Whether the engine places applicants in classes: two applicants who both
 * want the one seat of class a. An engine that ignores classes admits both
 * and names no class. An engine that throws counts as handling classes, so
 * that the comparisons run and show the error.
 */
export async function engineHasClasses(): Promise<boolean> {
  if (forced) return true;
  const problem = classProblem({
    classes: [
      ["a", "A", 1],
      ["b", "B", 1],
    ],
    candidates: ["-:a", "-:a"],
  });
  try {
    const result = await engineAllocate(problem);
    return result.outcomes[0]?.class !== undefined;
  } catch {
    return true;
  }
}

/**
 * Whether `topUp` takes the earlier placements as `{ id, choice }`: c2 kept
 * in class a (their first choice) keeps it, c1 ranked above them waits. An
 * engine that takes only ids sees nobody kept and gives the seat to c1.
 */
export async function topUpTakesPlacements(): Promise<boolean> {
  if (forced) return true;
  const problem = classProblem({
    classes: [
      ["a", "A", 1],
      ["b", "B", 1],
    ],
    candidates: ["-:a", "-:a"],
  });
  try {
    const result = await engineTopUp(problem, [{ id: "c2", choice: 1 }], []);
    return result.outcomes[1]?.admitted === true && result.outcomes[0]?.admitted === false;
  } catch {
    return false;
  }
}

/** Every reason code with classes. */
export const CODES = new Set([
  "MERIT",
  "GROUP_FULL",
  "SPREAD_CAP",
  "HELD_FOR_MIN",
  "HELD_FOR_QUOTA",
  "SEATS_FULL",
  "CLASS_FULL",
]);
export const REFUSAL_CODES = new Set([
  "SPREAD_CAP",
  "GROUP_FULL",
  "SEATS_FULL",
  "CLASS_FULL",
  "HELD_FOR_MIN",
  "HELD_FOR_QUOTA",
]);

/** What a reason names: the value, the quota, the choice, or null. */
export const subjectOf = (reason: { code: string; params: unknown }): string | null => {
  const p = reason.params as { value?: string; quota?: string | null; choice?: string };
  switch (reason.code) {
    case "SPREAD_CAP":
    case "HELD_FOR_MIN":
      return p.value ?? null;
    case "GROUP_FULL":
    case "HELD_FOR_QUOTA":
      return p.quota ?? null;
    case "CLASS_FULL":
      return p.choice ?? null;
    default:
      return null;
  }
};
