export {
  type AllocateOptions,
  allocate,
  type KeptAdmission,
  needsSolver,
  topUp,
} from "./allocate.js";
export { MAX_CLASS_TYPES, TooManyChoiceTypes } from "./class-layout.js";
export type { MipAnswer, MipInstance, MipModel, MipSolver } from "./mip.js";
export type {
  AllocationProblem,
  AllocationResult,
  Candidate,
  Choice,
  ChoicePosition,
  ChoiceRefusal,
  ClassSeats,
  Counts,
  Outcome,
  OutcomeColumns,
  Reason,
  ReasonCode,
  Relaxation,
  SpreadLimits,
  Targets,
  TopUpResult,
  WaitlistPosition,
} from "./types.js";
