/**
 * Every semantic check, in the order their findings read best. A new check is
 * one function added here.
 */
import { deadlineBeforeOpening } from "./application.js";
import type { ProgramCheck } from "./check.js";
import { countBounds } from "./counts.js";
import { frameworkShape, illustrativeKeys } from "./document.js";
import { fieldDeclarations } from "./fields.js";
import {
  declaredFormat,
  duplicateModuleIds,
  moduleDaysMismatch,
  moduleEndsBeforeStart,
  modulesBeforeDeadline,
  modulesOnDaysOff,
  overlappingModules,
} from "./modules.js";
import { eligibilityRules } from "./rules.js";
import {
  quotaPartition,
  quotaSeatsWithinTotal,
  rankingFields,
  spreadLimits,
  tieBreak,
} from "./seats.js";

export const PROGRAM_CHECKS: readonly ProgramCheck[] = [
  frameworkShape,
  illustrativeKeys,
  deadlineBeforeOpening,
  moduleEndsBeforeStart,
  moduleDaysMismatch,
  duplicateModuleIds,
  overlappingModules,
  modulesBeforeDeadline,
  declaredFormat,
  modulesOnDaysOff,
  fieldDeclarations,
  eligibilityRules,
  countBounds,
  quotaSeatsWithinTotal,
  quotaPartition,
  spreadLimits,
  rankingFields,
  tieBreak,
];
