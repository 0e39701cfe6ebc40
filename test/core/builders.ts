/** In-memory builders for core tests: a valid program with only what a test needs. */
import type { RuleInput } from "../../src/core/program/rule-schema.js";
import { type Program, type ProgramInput, programSchema } from "../../src/core/program/schema.js";

export const program = (overrides: Partial<ProgramInput> = {}): Program =>
  programSchema.parse({
    id: "test",
    name: "Test",
    owner: "Test",
    locale: "en",
    country: "NO",
    ...overrides,
  });

export const programWithFields = (
  fields: NonNullable<ProgramInput["applicants"]>["fields"],
  eligibility?: RuleInput,
  overrides: Partial<ProgramInput> = {},
): Program =>
  program({
    applicants: { id: "id", fields },
    ...(eligibility ? { eligibility } : {}),
    ...overrides,
  });
