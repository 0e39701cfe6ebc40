/**
 * The admitted participants of an audit record, for the commands that work
 * after the allocation (roster, progress): the record must be of the program
 * given and its outcomes as written (their SHA-256 holds).
 */
import { resolve } from "node:path";
import { type AuditRecord, editedSections } from "../core/decision/audit.js";
import type { Program } from "../core/program/schema.js";
import { inputError } from "../errors.js";
import { readAudit } from "../io/audit-file.js";
import { sha256Pieces } from "../io/hash.js";
import type { AppContext } from "./context.js";

export interface Admitted {
  id: string;
  /** The class placed in, for an intake with classes. */
  class: string | undefined;
}

const admittedOf = (outcomes: readonly unknown[], auditPath: string): Admitted[] =>
  outcomes.flatMap((o, i) => {
    const row = o as Record<string, unknown> | null;
    if (!row || typeof row !== "object" || typeof row.id !== "string")
      throw inputError({ code: "audit-bad-outcome", file: auditPath, n: i + 1 });
    if (row.outcome !== "admitted") return [];
    if (row.class !== undefined && typeof row.class !== "string")
      throw inputError({ code: "audit-bad-class", file: auditPath, id: String(row.id) });
    return [{ id: row.id, class: row.class as string | undefined }];
  });

export const readAdmitted = async (
  context: AppContext,
  auditPath: string,
  program: Program,
  programFile: string,
): Promise<{ file: string; audit: AuditRecord; admitted: Admitted[] }> => {
  const file = resolve(context.cwd, auditPath);
  const audit = await readAudit(file, auditPath);
  if (audit.program !== program.id)
    throw inputError({
      code: "audit-other-program",
      file: auditPath,
      recorded: audit.program,
      programFile,
      program: program.id,
    });
  if (editedSections(audit, sha256Pieces).some((e) => e.section === "outcomes"))
    throw inputError({ code: "audit-edited", file: auditPath });
  return { file, audit, admitted: admittedOf(audit.outcomes, auditPath) };
};
