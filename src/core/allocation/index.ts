export { allocate, topUp } from "./allocate.js";
export type {
  AllocationProblem,
  AllocationResult,
  Candidate,
  Counts,
  Outcome,
  Reason,
  ReasonCode,
  Relaxation,
  SpreadLimits,
  Targets,
  TopUpResult,
  WaitlistPosition,
} from "./types.js";
