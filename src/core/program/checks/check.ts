import type { Finding, FindingDetail } from "../../findings.js";
import type { Program } from "../schema.js";

/** One semantic check: a schema-valid program in, findings out. */
export type ProgramCheck = (program: Program) => Finding[];

export const error = (code: string, message: string, path: (string | number)[]): Finding => ({
  code,
  severity: "error",
  message,
  path,
});

export const warning = (
  code: string,
  message: string,
  path: (string | number)[],
  detail?: FindingDetail,
): Finding => ({
  code,
  severity: "warning",
  message,
  path,
  ...(detail ? { detail } : {}),
});
