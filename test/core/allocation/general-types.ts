/**
 * The allocation problem with any number of spread fields and leader groups
 * ("teams"), under the names the general oracle and its builders use: the
 * engine's own types, which are all the oracle shares with the engine.
 */
export type {
  AllocationProblem as GeneralProblem,
  Candidate as GeneralCandidate,
  SpreadLimits as GeneralSpread,
} from "../../../src/core/allocation/types.js";
