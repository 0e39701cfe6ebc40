/**
 * The allocation engine as the general tests call it (several spread fields,
 * teams): `allocate(problem, { solver })` with the HiGHS solver, `topUp` with
 * the earlier placements as `{ id, choice }`. Whether the engine handles
 * several fields and teams is probed at run time.
 */
import { allocate, topUp } from "../../../src/core/allocation/index.js";
import type { MipSolver } from "../../../src/core/allocation/mip.js";
import type {
  AllocationProblem,
  AllocationResult,
  TopUpResult,
} from "../../../src/core/allocation/types.js";
import { loadSolver } from "../../../src/io/solver/highs.js";
import { generalProblem } from "./general-builders.js";
import type { GeneralProblem } from "./general-types.js";

interface WithSolver {
  solver: MipSolver;
}
type Admission = string | { id: string; choice: number | null };

const allocateWith = allocate as unknown as (
  problem: AllocationProblem,
  options: WithSolver,
) => AllocationResult;
const topUpWith = topUp as unknown as (
  problem: AllocationProblem,
  admitted: readonly Admission[],
  declined: readonly string[],
  options: WithSolver,
) => TopUpResult;

export async function engineAllocate(problem: GeneralProblem): Promise<AllocationResult> {
  return allocateWith(problem, { solver: await loadSolver() });
}

export async function engineTopUp(
  problem: GeneralProblem,
  admitted: readonly Admission[],
  declined: readonly string[],
): Promise<TopUpResult> {
  return topUpWith(problem, admitted, declined, { solver: await loadSolver() });
}

/** COHORT_GENERAL_ORACLE=1 runs the comparisons even against an engine without them. */
const forced = process.env.COHORT_GENERAL_ORACLE === "1";

/**
 * Whether the engine shows a feature on a probe. An engine that refuses the
 * problem as not handled yet ("... not allocated yet") counts as no; one that
 * throws anything else as yes, so that the comparisons show the error.
 */
const shows = async (
  problem: GeneralProblem,
  feature: (result: AllocationResult) => boolean,
): Promise<boolean> => {
  try {
    return feature(await engineAllocate(problem));
  } catch (error) {
    return !/not allocated yet|not supported/i.test(String((error as Error)?.message ?? error));
  }
};

export interface EngineSupport {
  /** Several spread fields. */
  spreads: boolean;
  /** Teams. */
  teams: boolean;
}

/**
 * What the engine handles, by what it does rather than whether it is right
 * (the comparisons judge that). Several fields: 2 seats, a second field
 * capping m at 1, c1 and c2 both m: an engine reading one field admits both.
 * Teams: 2 seats, the team c2 + c3: an engine without teams admits c1 and
 * c2 and splits the team.
 */
export async function engineSupport(): Promise<EngineSupport> {
  if (forced) return { spreads: true, teams: true };
  const spreads = await shows(
    generalProblem({
      total: 2,
      spreads: [
        ["region", { values: ["x", "y"] }],
        ["gender", { values: ["m", "w"], overrides: { m: { max: 1 } } }],
      ],
      candidates: ["-/x/m", "-/x/m", "-/y/w"],
    }),
    (r) => !(r.outcomes[0]!.admitted && r.outcomes[1]!.admitted),
  );
  const teams = await shows(
    generalProblem({ total: 2, candidates: ["-", "-@t", "-@t"] }),
    (r) => r.outcomes[1]!.admitted === r.outcomes[2]!.admitted,
  );
  return { spreads, teams };
}

/** What a reason names, in the oracle's terms. */
export const namedBy = (reason: {
  code: string;
  params: unknown;
}): { code: string; field?: string; subject: string | null; held?: boolean } => {
  const p = reason.params as {
    field?: string;
    value?: string;
    quota?: string | null;
    choice?: string;
    held?: boolean;
  };
  switch (reason.code) {
    case "SPREAD_CAP":
    case "HELD_FOR_MIN":
      return { code: reason.code, field: p.field, subject: p.value ?? null };
    case "GROUP_FULL":
    case "HELD_FOR_QUOTA":
      return { code: reason.code, subject: p.quota ?? null };
    case "CLASS_FULL":
      return { code: reason.code, subject: p.choice ?? null };
    case "SEATS_FULL":
      return { code: reason.code, subject: null, held: p.held === true };
    default:
      return { code: reason.code, subject: null };
  }
};
