/**
 * Every semantic check, in the order their findings read best. A new check is
 * one function added here.
 */
import { deadlineBeforeOpening } from "./application.js";
import type { ProgramCheck } from "./check.js";
import { choiceDeclarations } from "./choices.js";
import { countBounds, totalBound } from "./counts.js";
import { frameworkShape, illustrativeKeys } from "./document.js";
import { fieldDeclarations } from "./fields.js";
import { classSeatsAddUp, intakeIdsUnique } from "./intakes.js";
import {
  declaredFormat,
  duplicateModuleIds,
  moduleDaysMismatch,
  moduleEndsBeforeStart,
  modulesBeforeDeadline,
  modulesOnDaysOff,
  overlappingModules,
} from "./modules.js";
import { requirementModules, requirementRules } from "./requirements.js";
import { eligibilityRules } from "./rules.js";
import {
  quotaPartition,
  quotaSeatsWithinTotal,
  rankingFields,
  spreadLimits,
  tieBreak,
} from "./seats.js";
import { teamDeclaration } from "./team.js";

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
  choiceDeclarations,
  teamDeclaration,
  eligibilityRules,
  countBounds,
  quotaSeatsWithinTotal,
  quotaPartition,
  spreadLimits,
  rankingFields,
  tieBreak,
  requirementRules,
  requirementModules,
];

/** Checks of the file as a whole: run once, not per intake. */
export const DOCUMENT_CHECKS: readonly ProgramCheck[] = [
  frameworkShape,
  illustrativeKeys,
  choiceDeclarations,
  teamDeclaration,
];

/** Checks of the intakes' own keys. */
export const INTAKE_CHECKS: readonly ProgramCheck[] = [
  intakeIdsUnique,
  classSeatsAddUp,
  totalBound,
];

/** Checks of module dates: run again on each class with its own modules. */
export const MODULE_CHECKS: readonly ProgramCheck[] = [
  moduleEndsBeforeStart,
  moduleDaysMismatch,
  duplicateModuleIds,
  overlappingModules,
  modulesBeforeDeadline,
  declaredFormat,
  modulesOnDaysOff,
  requirementModules,
];
