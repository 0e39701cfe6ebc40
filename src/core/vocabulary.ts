/**
 * Closed value lists of the program format that parts below the schema need:
 * the countries whose holidays the calendar knows, and the values every
 * language module words on the program page (credit levels, fee payers,
 * component kinds). A leaf that imports nothing, so that calendar, language
 * and program all stand on it without a loop; program/schema.ts builds its
 * enums from these lists.
 */

export const COUNTRIES = ["NO", "SE", "DK", "FI"] as const;
export type Country = (typeof COUNTRIES)[number];

export const CREDIT_LEVELS = ["bachelor", "master", "phd", "none"] as const;
export type CreditLevel = (typeof CREDIT_LEVELS)[number];

export const FEE_PAYERS = ["participant", "employer", "program", "none"] as const;
export type FeePayer = (typeof FEE_PAYERS)[number];

export const COMPONENT_KINDS = [
  "gathering",
  "shadowing",
  "mentor-group",
  "project",
  "self-assessment",
  "practice",
  "course",
  "plan",
  "other",
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];
