/** A small in-memory program builder for schedule tests: defaults filled by the schema. */
import {
  type Program,
  type ProgramInput,
  programSchema,
} from "../../../src/core/program/schema.js";

export const program = (overrides: Partial<ProgramInput> = {}): Program =>
  programSchema.parse({
    id: "demo",
    name: "Demo",
    owner: "Owner",
    locale: "nb",
    country: "NO",
    ...overrides,
  });

export const module = (
  id: string,
  start: string,
  days = 1,
  extra: Record<string, unknown> = {},
) => ({
  id,
  title: `Module ${id}`,
  start,
  days,
  ...extra,
});
