/**
 * Validation of one program: schema, then the semantic checks. Returns
 * findings and never throws, so every problem of a file is reported at once.
 */
import type { Finding } from "../findings.js";
import { PROGRAM_CHECKS } from "./checks/index.js";
import { type Program, programSchema } from "./schema.js";
import { schemaFindings } from "./schema-findings.js";

export interface ProgramValidation {
  /** The program, when it passed the schema (semantic errors may remain). */
  program: Program | undefined;
  findings: Finding[];
}

export const validateProgram = (data: unknown): ProgramValidation => {
  const parsed = programSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { program: undefined, findings: schemaFindings(programSchema, parsed.error.issues) };
  }
  const program = parsed.data;
  return { program, findings: PROGRAM_CHECKS.flatMap((check) => check(program)) };
};

/** Program ids must be unique across a folder: commands find programs by id. */
export const duplicateProgramIds = (
  programs: readonly { file: string; program: Program }[],
): { file: string; finding: Finding }[] => {
  const first = new Map<string, string>();
  const result: { file: string; finding: Finding }[] = [];
  for (const { file, program } of programs) {
    const previous = first.get(program.id);
    if (previous === undefined) {
      first.set(program.id, file);
    } else {
      result.push({
        file,
        finding: {
          code: "program-duplicate-id",
          severity: "error",
          message: `program id "${program.id}" is also used by ${previous}`,
          path: ["id"],
        },
      });
    }
  }
  return result;
};
