/**
 * In-memory program documents for the validation engine: plain data as the
 * YAML layer hands it over (dates as strings), valid unless a test says not.
 */
import type { Finding } from "../../../src/core/findings.js";
import { validateProgram } from "../../../src/core/program/validate.js";

export type Doc = Record<string, unknown>;

/** The smallest valid program: what every document of a test starts from. */
export const doc = (overrides: Doc = {}): Doc => ({
  id: "test",
  name: "Test",
  owner: "Test",
  locale: "nb",
  country: "NO",
  ...overrides,
});

/** The applicant fields most seat and rule tests need. */
export const FIELDS = {
  sector: { type: "enum", values: ["spesialist", "kommune"] },
  region: { type: "enum", values: ["nord", "midt", "vest", "sor-ost"] },
  county: { type: "string" },
  score: { type: "number" },
  since: { type: "date" },
  name: { type: "string" },
};

/** A program with applicant fields (FIELDS by default) and whatever else is given. */
export const withApplicants = (overrides: Doc = {}, fields: Doc = FIELDS): Doc =>
  doc({ applicants: { id: "id", fields }, ...overrides });

export const module = (id: string, start: string, days: number, more: Doc = {}): Doc => ({
  id,
  title: id,
  start,
  days,
  ...more,
});

/** Findings in a form that reads well in a failing test. */
export const findings = (
  data: unknown,
): Pick<Finding, "code" | "severity" | "path" | "message">[] =>
  validateProgram(data).findings.map(({ code, severity, path, message }) => ({
    code,
    severity,
    path,
    message,
  }));

export const codes = (data: unknown): string[] => validateProgram(data).findings.map((f) => f.code);
